package fr.capcooperation.presentation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionType;

/**
 * The group questionnaire, projected: one question per slide, the room decides aloud, the
 * trainer clicks the answer (a prerequisites grid may be rated in part, or skipped); the result
 * slide shows the forms that fit best with what separates them and the room's weakest
 * prerequisites, and « Et si… ? » switches one deciding answer at a click. Nothing is stored:
 * the answers travel in the address (GET forms, so no CSRF token is involved and nothing can be
 * forged).
 */
@Controller
@RequestMapping("/presentation/questionnaire")
class GroupQuestionnaireController {

	static final String BASE = "/presentation/questionnaire";
	/** The mark of a prerequisites grid sent back because lines are left. */
	static final String LEFT = "reste";

	private final CatalogService catalogs;
	private final Advisor advisor;
	private final PublicAddress address;
	private final MessageSource messages;

	GroupQuestionnaireController(CatalogService catalogs, Advisor advisor, PublicAddress address, MessageSource messages) {
		this.catalogs = catalogs;
		this.advisor = advisor;
		this.address = address;
		this.messages = messages;
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
	String question(@PathVariable String key, @RequestParam(name = LEFT, required = false) @Nullable String left,
			HttpServletRequest request, Model model) {
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
		model.addAttribute("fields", GroupAnswers.fields(answers, key));
		model.addAttribute("current",
				answers.get(key).map(answer -> AnswerFields.values(key, answer)).orElse(Map.of()));
		model.addAttribute("prerequisites", catalog.prerequisites());
		// a prerequisites grid validated in part: what is left (the lines rated are kept)
		List<String> unrated = question.type() == QuestionType.CHECKLIST && left != null ? catalog.prerequisites()
			.stream()
			.filter(line -> !(answers.get(key).orElse(null) instanceof Answer.Checklist grid && grid.levels().containsKey(line.key())))
			.map(Prerequisite::key)
			.toList() : List.of();
		model.addAttribute("unrated", unrated);
		model.addAttribute("previous",
				flow.before(key).map(previous -> questionUrl(previous.key(), answers)).orElse(BASE));
		model.addAttribute("next", answers.has(key) ? nextUrl(flow, key) : null);
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		return "presentation/group-question";
	}

	/**
	 * The trainer clicked the room's answer: keep it and go to the next question not yet
	 * answered. A prerequisites grid rated in part comes back with what is left, unless the
	 * trainer chose "Passer cette étape" (the lines rated count, the others do not).
	 */
	@GetMapping("/questions/{key}/reponse")
	String answer(@PathVariable String key, HttpServletRequest request) {
		Catalog catalog = catalogs.current();
		Question question = catalog.question(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		QuestionnaireFlow flow = flow(catalog, request);
		boolean skipped = List.of(request.getParameterMap().getOrDefault(GroupAnswers.SKIPPED, new String[0])).contains(key);
		if (question.type() == QuestionType.CHECKLIST && !skipped
				&& !AnswerFields.read(catalog, question, request.getParameterMap()).valid()) {
			String back = questionUrl(key, flow.answers());
			return "redirect:" + back + (back.contains("?") ? "&" : "?") + LEFT + "=1";
		}
		if (!flow.answers().has(key)) {
			return "redirect:" + questionUrl(key, flow.answers());
		}
		return "redirect:" + nextUrl(flow, key);
	}

	/**
	 * The room's result: the two or three forms that fit best with what separates them, the
	 * weakest prerequisites; « Et si… ? » next.
	 */
	@GetMapping("/resultat")
	String result(HttpServletRequest request, Model model) {
		Catalog catalog = catalogs.current();
		QuestionnaireFlow flow = flow(catalog, request);
		Answers answers = flow.answers();
		Optional<Question> missing = flow.firstUnanswered();
		if (missing.isPresent()) {
			return "redirect:" + questionUrl(missing.get().key(), answers);
		}
		model.addAttribute("room", room(catalog, answers));
		model.addAttribute("whatIf", GroupAnswers.url(BASE + "/et-si", answers));
		model.addAttribute("previous", questionUrl(flow.last().key(), answers));
		model.addAttribute("questionnaireUrl", PublicAddress.shortForm(address.questionnaire()));
		return "presentation/group-result";
	}

	/**
	 * « Et si… ? »: the answers that decided, each other choice (a multiple choice: each option
	 * taken away) a click away with the form it would put first; the other answers are changed on
	 * their own slides.
	 */
	@GetMapping("/et-si")
	String whatIf(HttpServletRequest request, Model model) {
		Catalog catalog = catalogs.current();
		QuestionnaireFlow flow = flow(catalog, request);
		Answers answers = flow.answers();
		if (flow.firstUnanswered().isPresent()) {
			return "redirect:" + GroupAnswers.url(BASE + "/resultat", answers);
		}
		model.addAttribute("room", room(catalog, answers));
		model.addAttribute("back", GroupAnswers.url(BASE + "/resultat", answers));
		model.addAttribute("change", questionUrl(flow.visibleQuestions().get(0).key(), answers));
		return "presentation/group-what-if";
	}

	private RoomResult room(Catalog catalog, Answers answers) {
		return RoomResult.of(catalog, answers, advisor, switched -> GroupAnswers.url(BASE + "/resultat", switched),
				messages.getMessage("presentation.group.result.noForm", null, Locale.FRANCE),
				option -> messages.getMessage("presentation.group.whatIf.without", new Object[] { option }, Locale.FRANCE));
	}

	/** The room's answers, carried in the address: the valid ones count, anything else is ignored. */
	private static QuestionnaireFlow flow(Catalog catalog, HttpServletRequest request) {
		return new QuestionnaireFlow(catalog, GroupAnswers.read(catalog, request.getParameterMap()));
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
