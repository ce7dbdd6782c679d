package fr.capcooperation.questionnaire;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
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

import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerError;
import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.answers.ReadAnswer;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.web.ClientAddress;
import fr.capcooperation.web.RateLimits;

/**
 * The respondent's journey: one question per page, "Précédent" and "Suivant" that never lose
 * an answer, a review page, then the result (shown by the results module). Every URL carries
 * the journey's token. Each request loads the journey once and saves it at most once.
 */
@Controller
@RequestMapping("/questionnaire")
class QuestionnaireController {

	static final String PREVIOUS = "precedent";
	static final String REVIEW = "recapitulatif";

	static final String JOURNEYS = "journeys";

	private final Journeys journeys;
	private final Advisor advisor;
	private final MessageSource messages;
	private final Clock clock;
	private final RateLimits limits;
	private final CapCoopSettings settings;
	private final List<JourneyNotices> notices;

	QuestionnaireController(Journeys journeys, Advisor advisor, MessageSource messages, Clock clock, RateLimits limits,
			CapCoopSettings settings, List<JourneyNotices> notices) {
		this.journeys = journeys;
		this.advisor = advisor;
		this.messages = messages;
		this.clock = clock;
		this.limits = limits;
		this.settings = settings;
		this.notices = notices;
	}

	/** What the module that started the journey has to say (a live session: which one); nothing for the others. */
	private void notices(Model model, Journey journey) {
		List<JourneyNotices.Notice> said = journey.startedIn() == null ? List.of()
				: notices.stream().map(source -> source.noticeFor(journey)).flatMap(Optional::stream).toList();
		model.addAttribute("notices", said);
	}

	@GetMapping
	String introduction() {
		return "questionnaire/introduction";
	}

	/**
	 * Starts a journey, within the client's allowance ({@code capcoop.rate-limits.journeys}: 60
	 * in 10 minutes and 300 a day by default), so that nobody floods the statistics with
	 * empty journeys; over it, the introduction again with how long to wait (429).
	 */
	@PostMapping
	String start(HttpServletRequest request, HttpServletResponse response, Model model) {
		RateLimits.Verdict verdict = limits.take(JOURNEYS, settings.rateLimits().journeys(), ClientAddress.of(request));
		if (!verdict.allowed()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(verdict.seconds()));
			model.addAttribute("wait", verdict.minutes());
			return "questionnaire/introduction";
		}
		return "redirect:/questionnaire/" + journeys.start().token();
	}

	/** Resumes where the person stopped, or shows the result when finished. */
	@GetMapping("/{token}")
	String resume(@PathVariable String token) {
		Journey journey = open(token);
		Optional<Question> missing = journey.flow().firstUnanswered();
		if (missing.isPresent()) {
			return redirectTo(journey, missing.get());
		}
		return "redirect:/questionnaire/" + token + (journey.completedAt() != null ? "/resultat" : "/" + REVIEW);
	}

	@GetMapping("/{token}/questions/{key}")
	String question(@PathVariable String token, @PathVariable String key,
			@RequestParam(name = "retour", required = false) @Nullable String back, Model model) {
		Journey journey = open(token);
		Question question = question(journey, key);
		if (!journey.flow().isVisible(key)) {
			return "redirect:/questionnaire/" + token;
		}
		Map<String, List<String>> values = journey.answers()
			.get(key)
			.map(answer -> AnswerFields.values(key, answer))
			.orElse(Map.of());
		notices(model, journey);
		return QuestionPage.render(model, journey, question, values, unreadable(journey, key), REVIEW.equals(back));
	}

	@PostMapping("/{token}/questions/{key}")
	String answer(@PathVariable String token, @PathVariable String key,
			@RequestParam(name = "action", required = false) @Nullable String action,
			@RequestParam(name = "retour", required = false) @Nullable String back, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Journey journey = journeys.find(token).orElseThrow(() -> new UnknownJourneyException(token));
		Question question = question(journey, key);
		if (!journey.flow().isVisible(key)) {
			return "redirect:/questionnaire/" + token;
		}
		boolean fromReview = REVIEW.equals(back);
		ReadAnswer read = AnswerFields.read(journey.catalog(), question, request.getParameterMap());
		Answer answer = read.answer();

		if (PREVIOUS.equals(action)) {
			// Going back keeps whatever was valid and never blocks on an error.
			Journey saved = keepsSomething(read) && answer != null ? save(journey, key, answer) : journey;
			return saved.flow()
				.before(key)
				.map(previous -> redirectTo(saved, previous))
				.orElse("redirect:/questionnaire/" + token + "/questions/" + key);
		}
		if (!read.valid() || answer == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			notices(model, journey);
			return QuestionPage.render(model, journey, question, QuestionPage.posted(question, request),
					messages(read.errors()), fromReview);
		}
		Journey saved = save(journey, key, answer);
		if (fromReview) {
			return saved.flow()
				.firstUnanswered()
				.map(next -> redirectTo(saved, next) + "?retour=" + REVIEW)
				.orElse("redirect:/questionnaire/" + token + "/" + REVIEW);
		}
		return saved.flow()
			.after(key)
			.map(next -> redirectTo(saved, next))
			.orElse("redirect:/questionnaire/" + token + "/" + REVIEW);
	}

	@GetMapping("/{token}/" + REVIEW)
	String review(@PathVariable String token, Model model) {
		Journey journey = open(token);
		model.addAttribute("journey", journey);
		notices(model, journey);
		model.addAttribute("answers", advisor.answerLines(journey.catalog(), journey.answers()));
		model.addAttribute("missing", journey.flow().firstUnanswered().orElse(null));
		model.addAttribute("unreadable", messages(journey.unreadable()).stream()
			.map(error -> Map.entry(error.question(), error.message()))
			.toList());
		return "questionnaire/review";
	}

	/** "Voir le résultat": the journey is finished once every shown question has an answer. */
	@PostMapping("/{token}/resultat")
	String finish(@PathVariable String token) {
		Journey journey = journeys.find(token).orElseThrow(() -> new UnknownJourneyException(token));
		Optional<Question> missing = journey.flow().firstUnanswered();
		if (missing.isPresent()) {
			return redirectTo(journey, missing.get());
		}
		if (journey.completedAt() == null) {
			journeys.save(journey, loaded -> loaded.completed(clock.instant()));
		}
		return "redirect:/questionnaire/" + token + "/resultat";
	}

	/** Whether "Précédent" has something to keep: a valid answer, or the valid lines of a checklist. */
	private static boolean keepsSomething(ReadAnswer read) {
		Answer answer = read.answer();
		if (answer instanceof Answer.Checklist checklist) {
			return !checklist.levels().isEmpty();
		}
		return answer != null && read.valid();
	}

	private Journey save(Journey journey, String key, Answer answer) {
		return journeys.save(journey, loaded -> loaded.answered(key, answer, clock.instant()));
	}

	/** The stored answer to this question that no longer reads as valid, said next to its field. */
	private List<QuestionPage.FieldMessage> unreadable(Journey journey, String key) {
		return messages(journey.unreadable()
			.stream()
			.filter(error -> error.field().equals(key) || error.field().startsWith(key + "."))
			.toList());
	}

	private List<QuestionPage.FieldMessage> messages(List<AnswerError> errors) {
		List<QuestionPage.FieldMessage> list = new ArrayList<>();
		for (AnswerError error : errors) {
			list.add(new QuestionPage.FieldMessage(error.field(),
					messages.getMessage(error.code(), error.args().toArray(), LocaleContextHolder.getLocale())));
		}
		return list;
	}

	private Journey open(String token) {
		return journeys.open(token).orElseThrow(() -> new UnknownJourneyException(token));
	}

	private static Question question(Journey journey, String key) {
		return journey.catalog().question(key).orElseThrow(() -> new UnknownJourneyException(journey.token()));
	}

	private static String redirectTo(Journey journey, Question question) {
		return "redirect:/questionnaire/" + journey.token() + "/questions/" + question.key();
	}
}
