package fr.capcooperation.questionnaire;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps respondents' answers server-side under an unguessable token (256 random bits). A
 * journey keeps the catalogue version it started with, so its result never changes behind it.
 */
@Service
public class ResponseService {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
	private static final Duration OPENING_PRECISION = Duration.ofHours(1);
	private static final TypeReference<Map<String, Object>> JSON_MAP = new TypeReference<>() {
	};

	private final QuestionnaireResponseRepository responses;
	private final CatalogService catalogs;
	private final JsonMapper json;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ResponseService(QuestionnaireResponseRepository responses, CatalogService catalogs, JsonMapper json,
			TransactionTemplate transactions, Optional<Clock> clock) {
		this.responses = responses;
		this.catalogs = catalogs;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Starts a journey on the current catalogue version. */
	public Journey start() {
		return start(Optional.empty());
	}

	/**
	 * Starts a journey on the current catalogue version, counted in a trainer's live session
	 * when one is given (its id; the presentation module checks that it is open).
	 */
	public Journey start(Optional<Long> liveSession) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Catalog catalog = catalogs.current();
		transactions.executeWithoutResult(status -> responses
			.save(new QuestionnaireResponse(token, catalog.version(), "{}", clock.instant(), liveSession.orElse(null))));
		return new Journey(token, catalog, Answers.empty(), null);
	}

	/** Every journey started in a live session, as they stand now (for its aggregates). */
	public java.util.List<Journey> inLiveSession(long liveSession) {
		return transactions.execute(status -> responses.findByLiveSessionId(liveSession).stream().map(this::journey).toList());
	}

	public Optional<Journey> find(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return responses.findByToken(token).map(this::journey);
	}

	/**
	 * Finds a journey that its respondent is opening, and records the opening (at most once an
	 * hour) so that the retention purge keeps answers still in use.
	 */
	public Optional<Journey> open(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return responses.findByToken(token).map(response -> {
			Instant now = clock.instant();
			Instant last = response.getLastOpenedAt();
			if (last == null || last.isBefore(now.minus(OPENING_PRECISION))) {
				transactions.executeWithoutResult(status -> responses.markOpened(token, now));
			}
			return journey(response);
		});
	}

	/** Deletes a journey's answers for good; false when there was nothing under that token. */
	public boolean delete(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return false;
		}
		Integer deleted = transactions.execute(status -> responses.deleteByToken(token));
		return deleted != null && deleted > 0;
	}

	/** Deletes the answers not opened since the cutoff; returns how many journeys went. */
	public int purgeNotOpenedSince(Instant cutoff) {
		Integer deleted = transactions.execute(status -> responses.deleteNotOpenedSince(cutoff));
		return deleted == null ? 0 : deleted;
	}

	/** Saves one answer (or removes it when null) and returns the journey as it now stands. */
	public Journey answer(String token, String questionKey, Answer answer) {
		return update(token, response -> {
			Journey journey = journey(response);
			Answers answers = journey.answers().with(questionKey, answer);
			response.answered(questionKey, json.writeValueAsString(AnswerReader.toJson(answers)), clock.instant());
		});
	}

	public Journey complete(String token) {
		return update(token, response -> response.completed(clock.instant()));
	}

	private Journey update(String token, java.util.function.Consumer<QuestionnaireResponse> change) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> {
					QuestionnaireResponse response = responses.findByToken(token)
						.orElseThrow(() -> new UnknownJourneyException(token));
					change.accept(response);
					return journey(responses.save(response));
				});
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= 3) {
					throw ex;
				}
			}
		}
	}

	private Journey journey(QuestionnaireResponse response) {
		Catalog catalog = catalogs.version(response.getCatalogueVersion()).orElseThrow();
		Map<String, Object> stored = json.readValue(response.getAnswers(), JSON_MAP);
		Answers answers = AnswerReader.readJson(catalog, stored).answers();
		return new Journey(response.getToken(), catalog, answers, response.getCompletedAt());
	}
}
