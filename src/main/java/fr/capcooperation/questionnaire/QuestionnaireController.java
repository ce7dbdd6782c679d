package fr.capcooperation.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.advice.AnswerError;
import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.web.RenderedPages;

/**
 * The respondent's journey: one question per page, "Précédent" and "Suivant" that never lose
 * an answer, a review page, then the result. Every URL carries the journey's token.
 */
@Controller
@RequestMapping("/questionnaire")
class QuestionnaireController {

	static final String PREVIOUS = "precedent";
	static final String REVIEW = "recapitulatif";

	private final ResponseService responses;
	private final Advisor advisor;
	private final MessageSource messages;
	private final RenderedPages pages;

	QuestionnaireController(ResponseService responses, Advisor advisor, MessageSource messages, RenderedPages pages) {
		this.responses = responses;
		this.advisor = advisor;
		this.messages = messages;
		this.pages = pages;
	}

	@GetMapping
	String introduction() {
		return "questionnaire/introduction";
	}

	@PostMapping
	String start() {
		return "redirect:/questionnaire/" + responses.start().token();
	}

	/** Resumes where the person stopped, or shows the result when finished. */
	@GetMapping("/{token}")
	String resume(@PathVariable String token) {
		Journey journey = journey(token);
		Optional<Question> missing = journey.firstUnanswered();
		if (missing.isPresent()) {
			return redirectTo(journey, missing.get());
		}
		return "redirect:/questionnaire/" + token + (journey.completedAt() != null ? "/resultat" : "/" + REVIEW);
	}

	@GetMapping("/{token}/questions/{key}")
	String question(@PathVariable String token, @PathVariable String key,
			@RequestParam(name = "retour", required = false) String back, Model model) {
		Journey journey = journey(token);
		Question question = question(journey, key);
		if (!journey.isVisible(key)) {
			return "redirect:/questionnaire/" + token;
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		journey.answers().get(key).ifPresent(answer -> values.putAll(QuestionPage.values(key, answer)));
		return QuestionPage.render(model, journey, question, values, List.of(), REVIEW.equals(back));
	}

	@PostMapping("/{token}/questions/{key}")
	String answer(@PathVariable String token, @PathVariable String key,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "retour", required = false) String back, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Journey journey = journey(token);
		Question question = question(journey, key);
		if (!journey.isVisible(key)) {
			return "redirect:/questionnaire/" + token;
		}
		boolean fromReview = REVIEW.equals(back);
		AnswerReader.Result read = AnswerReader.readForm(journey.catalog(), question, request.getParameterMap());

		if (PREVIOUS.equals(action)) {
			// Going back keeps whatever was valid and never blocks on an error.
			Journey saved = savePartial(journey, question, read);
			return saved.before(key).map(previous -> redirectTo(saved, previous))
				.orElse("redirect:/questionnaire/" + token + "/questions/" + key);
		}
		if (!read.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return QuestionPage.render(model, journey, question, QuestionPage.posted(question, request), messages(read.errors()),
					fromReview);
		}
		Journey saved = responses.answer(token, key, Objects.requireNonNull(read.answer(), "a valid answer"));
		Optional<Question> missing = saved.firstUnanswered();
		if (fromReview) {
			return missing.map(next -> redirectTo(saved, next) + "?retour=" + REVIEW)
				.orElse("redirect:/questionnaire/" + token + "/" + REVIEW);
		}
		return saved.after(key).map(next -> redirectTo(saved, next))
			.orElse("redirect:/questionnaire/" + token + "/" + REVIEW);
	}

	@GetMapping("/{token}/" + REVIEW)
	String review(@PathVariable String token, Model model) {
		Journey journey = journey(token);
		model.addAttribute("journey", journey);
		model.addAttribute("answers", advisor.answerLines(journey.catalog(), journey.answers()));
		model.addAttribute("missing", journey.firstUnanswered().orElse(null));
		return "questionnaire/review";
	}

	@PostMapping("/{token}/resultat")
	String finish(@PathVariable String token) {
		Journey journey = journey(token);
		Optional<Question> missing = journey.firstUnanswered();
		if (missing.isPresent()) {
			return redirectTo(journey, missing.get());
		}
		responses.complete(token);
		return "redirect:/questionnaire/" + token + "/resultat";
	}

	@GetMapping("/{token}/resultat")
	ModelAndView result(@PathVariable String token) {
		Journey journey = journey(token);
		Optional<Question> missing = journey.firstUnanswered();
		if (missing.isPresent()) {
			return new ModelAndView(redirectTo(journey, missing.get()));
		}
		Journey finished = journey.completedAt() != null ? journey : responses.complete(token);
		// A finished result is a function of its catalogue version and answers: rendered once.
		return new ModelAndView(pages.page(token, List.of(finished.catalog().version(), finished.answers()),
				"questionnaire/result", model -> {
					model.put("journey", finished);
					model.put("advice", advisor.advise(finished.catalog(), finished.answers()));
					whatIfControls(model, finished);
				}));
	}

	/** The answers that the result page's "Et si… ?" forms can change, with their values. */
	private static void whatIfControls(Map<String, Object> model, Journey journey) {
		List<Question> questions = journey.visibleQuestions()
			.stream()
			.filter(question -> question.type() != fr.capcooperation.rules.QuestionType.CHECKLIST)
			.toList();
		Map<String, List<String>> values = new LinkedHashMap<>();
		questions.forEach(question -> journey.answers()
			.get(question.key())
			.ifPresent(answer -> values.putAll(QuestionPage.values(question.key(), answer))));
		model.put("whatIfQuestions", questions);
		model.put("whatIfValues", values);
	}

	private Journey savePartial(Journey journey, Question question, AnswerReader.Result read) {
		Answer answer = read.answer();
		if (answer == null || (!read.valid() && !(answer instanceof Answer.Checklist))) {
			return journey;
		}
		if (answer instanceof Answer.Checklist checklist && checklist.levels().isEmpty()) {
			return journey;
		}
		return responses.answer(journey.token(), question.key(), answer);
	}

	private List<QuestionPage.FieldMessage> messages(List<AnswerError> errors) {
		List<QuestionPage.FieldMessage> list = new ArrayList<>();
		for (AnswerError error : errors) {
			list.add(new QuestionPage.FieldMessage(error.field(),
					messages.getMessage(error.code(), error.args().toArray(), LocaleContextHolder.getLocale())));
		}
		return list;
	}

	private Journey journey(String token) {
		return responses.open(token).orElseThrow(() -> new UnknownJourneyException(token));
	}

	private static Question question(Journey journey, String key) {
		return journey.catalog().question(key).orElseThrow(() -> new UnknownJourneyException(journey.token()));
	}

	private static String redirectTo(Journey journey, Question question) {
		return "redirect:/questionnaire/" + journey.token() + "/questions/" + question.key();
	}
}
