package fr.capcooperation.questionnaire;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.answers.AnswerError;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/**
 * A respondent's journey through the questionnaire of one catalogue version, the aggregate of
 * this module: loaded once per request by {@link Journeys}, changed here (each change returns
 * the journey as it now stands), saved once. It keeps every answer given, even to a question
 * that a later answer hides, so that nothing typed is lost; a stored answer that no longer
 * reads as valid is kept as it was stored and reported ({@link #unreadable()}), never dropped.
 */
public final class Journey {

	/** How precisely the last opening is recorded: at most one write an hour for reading alone. */
	static final Duration OPENING_PRECISION = Duration.ofHours(1);

	private final String token;
	private final Catalog catalog;
	private final Answers answers;
	private final Map<String, Object> unreadableValues;
	private final List<AnswerError> unreadable;
	private final @Nullable String lastQuestion;
	private final Instant startedAt;
	private final Instant lastOpenedAt;
	private final @Nullable Instant completedAt;
	/** The stored row's version when it was loaded: the save checks that nobody saved since. */
	private final long version;
	/** Where the journey was started, as its starter named it (a live session); null for the public questionnaire. */
	private final @Nullable String startedIn;
	private final QuestionnaireFlow flow;

	Journey(String token, Catalog catalog, Answers answers, Map<String, Object> unreadableValues,
			List<AnswerError> unreadable, @Nullable String lastQuestion, Instant startedAt, Instant lastOpenedAt,
			@Nullable Instant completedAt, long version, @Nullable String startedIn) {
		this.token = token;
		this.catalog = catalog;
		this.answers = answers;
		this.unreadableValues = Map.copyOf(unreadableValues);
		this.unreadable = List.copyOf(unreadable);
		this.lastQuestion = lastQuestion;
		this.startedAt = startedAt;
		this.lastOpenedAt = lastOpenedAt;
		this.completedAt = completedAt;
		this.version = version;
		this.startedIn = startedIn;
		this.flow = new QuestionnaireFlow(catalog, answers);
	}

	/** A journey just started: no answer yet. */
	static Journey started(String token, Catalog catalog, Instant now, @Nullable String startedIn) {
		return new Journey(token, catalog, Answers.empty(), Map.of(), List.of(), null, now, now, null, 0, startedIn);
	}

	/** This journey with one more answer (or a changed one); the result is no longer final. */
	public Journey answered(String questionKey, Answer answer, Instant now) {
		Map<String, Object> stillUnreadable = new LinkedHashMap<>(unreadableValues);
		stillUnreadable.remove(questionKey);
		return new Journey(token, catalog, answers.with(questionKey, answer), stillUnreadable,
				unreadable.stream().filter(error -> !error.field().equals(questionKey)
						&& !error.field().startsWith(questionKey + "."))
					.toList(),
				questionKey, startedAt, now, completedAt, version, startedIn);
	}

	/** This journey marked finished (its result was shown); the first completion counts. */
	public Journey completed(Instant now) {
		return completedAt != null ? this
				: new Journey(token, catalog, answers, unreadableValues, unreadable, lastQuestion, startedAt, now, now,
						version, startedIn);
	}

	/** This journey opened now; the same journey when it was opened within the last hour. */
	Journey opened(Instant now) {
		return isOpeningDue(now) ? new Journey(token, catalog, answers, unreadableValues, unreadable, lastQuestion,
				startedAt, now, completedAt, version, startedIn) : this;
	}

	boolean isOpeningDue(Instant now) {
		return lastOpenedAt.isBefore(now.minus(OPENING_PRECISION));
	}

	public String token() {
		return token;
	}

	public Catalog catalog() {
		return catalog;
	}

	/** The answers that read as valid for the journey's catalogue version. */
	public Answers answers() {
		return answers;
	}

	/** Where the answers stand in the questionnaire: shown questions, next, previous. */
	public QuestionnaireFlow flow() {
		return flow;
	}

	public boolean isComplete() {
		return flow.isComplete();
	}

	/** When the result was first shown; null while the journey is not finished. */
	public @Nullable Instant completedAt() {
		return completedAt;
	}

	public Instant startedAt() {
		return startedAt;
	}

	/** The last question answered; null before the first answer. */
	public @Nullable String lastQuestion() {
		return lastQuestion;
	}

	/**
	 * What was wrong with the stored answers that no longer read as valid (message codes), for
	 * the person to answer those questions again. Those values stay stored until then.
	 */
	public List<AnswerError> unreadable() {
		return unreadable;
	}

	Map<String, Object> unreadableValues() {
		return unreadableValues;
	}

	Instant lastOpenedAt() {
		return lastOpenedAt;
	}

	long version() {
		return version;
	}

	/**
	 * Where the journey was started, as the module that started it named it ({@code Journeys.start(startedIn)}):
	 * this module stores it and hands it back, without reading it.
	 */
	public @Nullable String startedIn() {
		return startedIn;
	}
}
