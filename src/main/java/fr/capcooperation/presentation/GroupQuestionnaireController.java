package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionType;

/**
 * The group questionnaire, projected: one question per slide, the room decides aloud, the
 * trainer clicks the answer; the result slide shows the recommendation with its reasons, and
 * "Et si… ?" switches one answer to see what changes. Nothing is stored: the answers travel
 * in the address (GET forms, so no CSRF token is involved and nothing can be forged).
 */
@Controller
@RequestMapping("/presentation/questionnaire")
class GroupQuestionnaireController {

	static final String BASE = "/presentation/questionnaire";
	/** Reasons shown on the result slide, so that it never scrolls. */
	static final int REASONS_SHOWN = 3;
	/** Questions of "Et si… ?" on one slide. */
	static final int SWITCHES_PER_SLIDE = 3;

	private final CatalogService catalogs;
	private final Advisor advisor;
	private final PublicAddress address;

	GroupQuestionnaireController(CatalogService catalogs, Advisor advisor, PublicAddress address) {
		this.catalogs = catalogs;
		this.advisor = advisor;
		this.address = address;
	}

	@GetMapping
	String introduction(Model model) {
		Catalog catalog = catalogs.current();
		model.addAttribute("start", BASE + "/questions/" + catalog.questions().get(0).key());
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		model.addAttribute("count", catalog.questions().size());
		return "presentation/group-introduction";
	}

	@GetMapping("/questions/{key}")
	String question(@PathVariable String key, HttpServletRequest request, Model model) {
		Catalog catalog = catalogs.current();
		Question question = catalog.question(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		QuestionnaireFlow flow = flow(catalog, request);
		Answers answers = flow.answers();
		if (!flow.isVisible(key)) {
			return "redirect:" + nextUrl(flow);
		}
		model.addAttribute("question", question);
		model.addAttribute("position", flow.position(key));
		model.addAttribute("count", flow.visibleQuestions().size());
		model.addAttribute("fields", AnswerFields.fields(answers, key));
		model.addAttribute("current",
				answers.get(key).map(answer -> AnswerFields.values(key, answer)).orElse(Map.of()));
		model.addAttribute("prerequisites", catalog.prerequisites());
		model.addAttribute("previous",
				flow.before(key).map(previous -> questionUrl(previous.key(), answers)).orElse(BASE));
		model.addAttribute("next", answers.has(key) ? nextUrl(flow, key) : null);
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		return "presentation/group-question";
	}

	/** The trainer clicked the room's answer: keep it and go to the next question not yet answered. */
	@GetMapping("/questions/{key}/reponse")
	String answer(@PathVariable String key, HttpServletRequest request) {
		Catalog catalog = catalogs.current();
		if (catalog.question(key).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		QuestionnaireFlow flow = flow(catalog, request);
		if (!flow.answers().has(key)) {
			return "redirect:" + questionUrl(key, flow.answers());
		}
		return "redirect:" + nextUrl(flow, key);
	}

	@GetMapping("/resultat")
	String result(HttpServletRequest request, Model model) {
		Catalog catalog = catalogs.current();
		QuestionnaireFlow flow = flow(catalog, request);
		Answers answers = flow.answers();
		Optional<Question> missing = flow.firstUnanswered();
		if (missing.isPresent()) {
			return "redirect:" + questionUrl(missing.get().key(), answers);
		}
		Advice advice = advisor.advise(catalog, answers);
		List<Advice.FormAdvice> recommended = advice.recommended();
		model.addAttribute("recommended", recommended);
		model.addAttribute("reasons", reasons(recommended));
		model.addAttribute("whatIf", GroupAnswers.url(BASE + "/et-si", answers));
		model.addAttribute("previous", questionUrl(flow.last().key(), answers));
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		return "presentation/group-result";
	}

	/** "Et si… ?": each answer with the other options, each a link to the result with that one answer switched. */
	@GetMapping("/et-si")
	String whatIf(@RequestParam(name = "page", defaultValue = "1") int page, HttpServletRequest request, Model model) {
		Catalog catalog = catalogs.current();
		QuestionnaireFlow flow = flow(catalog, request);
		Answers answers = flow.answers();
		List<Switch> switches = new ArrayList<>();
		for (Question question : flow.visibleQuestions()) {
			String key = question.key();
			Answer answer = answers.get(key).orElse(null);
			if (question.type() == QuestionType.SINGLE && answer instanceof Answer.Choice choice) {
				Map<String, String> others = new LinkedHashMap<>();
				for (Option option : question.options()) {
					if (!option.key().equals(choice.option())) {
						others.put(option.label(), GroupAnswers.url(BASE + "/resultat", answers.with(key, new Answer.Choice(option.key()))));
					}
				}
				switches.add(new Switch(question.label(), catalog.optionLabel(key, choice.option()), others, null));
			}
			else {
				switches.add(new Switch(question.label(), answer == null ? null : advisor.answerText(catalog, key, answer), Map.of(),
						questionUrl(key, answers)));
			}
		}
		int pages = Math.max(1, (switches.size() + SWITCHES_PER_SLIDE - 1) / SWITCHES_PER_SLIDE);
		if (page < 1 || page > pages) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("switches",
				switches.subList((page - 1) * SWITCHES_PER_SLIDE, Math.min(switches.size(), page * SWITCHES_PER_SLIDE)));
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		String whatIf = GroupAnswers.url(BASE + "/et-si", answers);
		String separator = whatIf.contains("?") ? "&" : "?";
		model.addAttribute("previous", page > 1 ? whatIf + separator + "page=" + (page - 1) : GroupAnswers.url(BASE + "/resultat", answers));
		model.addAttribute("next", page < pages ? whatIf + separator + "page=" + (page + 1) : null);
		model.addAttribute("back", GroupAnswers.url(BASE + "/resultat", answers));
		return "presentation/group-what-if";
	}

	/** One line of "Et si… ?": the question, the room's answer, the other options (or a link to change it). */
	record Switch(String question, @Nullable String answer, Map<String, String> others, @Nullable String change) {
	}

	private static List<Advice.Reason> reasons(List<Advice.FormAdvice> recommended) {
		List<Advice.Reason> reasons = new ArrayList<>();
		for (Advice.FormAdvice form : recommended) {
			for (Advice.Reason reason : form.supports()) {
				if (reasons.size() < REASONS_SHOWN) {
					reasons.add(reason);
				}
			}
		}
		return reasons;
	}

	/** The room's answers, carried in the address: the valid ones count, anything else is ignored. */
	private static QuestionnaireFlow flow(Catalog catalog, HttpServletRequest request) {
		return new QuestionnaireFlow(catalog, AnswerFields.readValid(catalog, request.getParameterMap()));
	}

	private static String questionUrl(String key, Answers answers) {
		return GroupAnswers.url(BASE + "/questions/" + key, answers);
	}

	/** The first shown question without an answer, or the result. */
	private static String nextUrl(QuestionnaireFlow flow) {
		return flow.firstUnanswered()
			.map(question -> questionUrl(question.key(), flow.answers()))
			.orElse(GroupAnswers.url(BASE + "/resultat", flow.answers()));
	}

	/** After a question: the next shown question without an answer, or the result. */
	private static String nextUrl(QuestionnaireFlow flow, String after) {
		return flow.nextUnanswered(after)
			.map(question -> questionUrl(question.key(), flow.answers()))
			.orElse(GroupAnswers.url(BASE + "/resultat", flow.answers()));
	}
}
