package fr.capcooperation.questionnaire;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.answers.ReadAnswers;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Respondents' journeys, kept server-side under an unguessable token (256 random bits). A
 * journey keeps the catalogue version it started with, so that its result never changes behind
 * it. Loading one is one SELECT; saving a change is one UPDATE, which checks that nobody saved
 * the journey since it was loaded (two tabs of the same journey) and otherwise applies the change
 * again to the journey as it now stands.
 */
@Service
public class Journeys implements AnonymousJourneys {

	private static final Logger log = LoggerFactory.getLogger(Journeys.class);
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
	private static final int SAVE_ATTEMPTS = 3;
	private static final TypeReference<LinkedHashMap<String, Object>> JSON_MAP = new TypeReference<>() {
	};

	private final JourneyStore store;
	private final CatalogService catalogs;
	private final JsonMapper json;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Journeys(JourneyStore store, CatalogService catalogs, JsonMapper json, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.catalogs = catalogs;
		this.json = json;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Starts a journey on the current catalogue version. */
	public Journey start() {
		return start(null);
	}

	/**
	 * Starts a journey on the current catalogue version, saying where it was started (at most 100
	 * characters): another module's name for it (a live session), kept with the journey, handed
	 * back by {@link Journey#startedIn()} and in each {@link JourneyChanged}.
	 */
	public Journey start(@Nullable String startedIn) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Catalog catalog = catalogs.current();
		Instant now = clock.instant();
		store.insert(token, catalog.version(), "{}", now, startedIn);
		return Journey.started(token, catalog, now, startedIn);
	}

	/** A journey by token, without recording an opening; empty for an unknown or malformed token. */
	public Optional<Journey> find(@Nullable String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return store.find(token).map(this::journey);
	}

	/**
	 * A journey that its respondent is opening (to read it): the opening is recorded at most once
	 * an hour, so that the retention purge keeps answers still in use. A change saved with
	 * {@link #save} records it anyway.
	 */
	public Optional<Journey> open(@Nullable String token) {
		return find(token).map(journey -> {
			Instant now = clock.instant();
			if (journey.isOpeningDue(now)) {
				store.markOpened(journey.token(), now);
			}
			return journey.opened(now);
		});
	}

	/** Journeys by token, those that still exist (for a live session's aggregates). */
	public List<Journey> findAll(Collection<String> tokens) {
		return store.findAll(tokens).stream().map(this::journey).toList();
	}

	/**
	 * Applies a change to a journey loaded in this request and saves it: one UPDATE. When
	 * somebody saved the journey in between, the change is applied again to the journey as it
	 * now stands (at most three times). Whoever follows journeys hears of the saved journey
	 * ({@link JourneyChanged}) in the same transaction.
	 */
	public Journey save(Journey loaded, UnaryOperator<Journey> change) {
		Journey current = loaded;
		for (int attempt = 1;; attempt++) {
			Journey changed = change.apply(current);
			Instant now = clock.instant();
			Boolean saved = transactions.execute(status -> {
				if (!store.update(changed.token(), changed.version(), answersJson(changed), changed.lastQuestion(), now,
						now, changed.completedAt())) {
					return false;
				}
				events.publishEvent(new JourneyChanged(changed));
				return true;
			});
			if (Boolean.TRUE.equals(saved)) {
				return reloaded(changed);
			}
			if (attempt >= SAVE_ATTEMPTS) {
				throw new ConcurrentJourneyChangeException(loaded.token());
			}
			current = find(loaded.token()).orElseThrow(() -> new UnknownJourneyException(loaded.token()));
		}
	}

	/** Deletes a journey's answers for good; false when there was nothing under that token. */
	public boolean delete(@Nullable String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return false;
		}
		Boolean deleted = transactions.execute(status -> {
			boolean gone = store.delete(token);
			if (gone) {
				events.publishEvent(new JourneysDeleted(Set.of(token)));
			}
			return gone;
		});
		return Boolean.TRUE.equals(deleted);
	}

	/** Deletes the answers not opened since the cutoff; returns how many journeys went. */
	public int purgeNotOpenedSince(Instant cutoff) {
		Integer deleted = transactions.execute(status -> {
			Set<String> tokens = new LinkedHashSet<>(store.notOpenedSince(cutoff));
			int count = store.deleteAll(tokens);
			if (!tokens.isEmpty()) {
				events.publishEvent(new JourneysDeleted(tokens));
			}
			return count;
		});
		return deleted == null ? 0 : deleted;
	}

	@Override
	public List<AnonymousJourney> latest(int limit) {
		return store.latest(limit).stream().map(row -> {
			Journey journey = journey(row);
			return new AnonymousJourney(journey.catalog(), journey.answers(), journey.startedAt(), journey.completedAt(),
					journey.lastQuestion());
		}).toList();
	}

	/** The journey as saved: the next save checks against the version the UPDATE wrote. */
	private static Journey reloaded(Journey saved) {
		return new Journey(saved.token(), saved.catalog(), saved.answers(), saved.unreadableValues(), saved.unreadable(),
				saved.lastQuestion(), saved.startedAt(), saved.lastOpenedAt(), saved.completedAt(), saved.version() + 1,
				saved.startedIn());
	}

	private String answersJson(Journey journey) {
		Map<String, Object> stored = new LinkedHashMap<>(journey.unreadableValues());
		stored.putAll(AnswerJson.write(journey.answers()));
		return json.writeValueAsString(stored);
	}

	private Journey journey(JourneyStore.Row row) {
		Catalog catalog = catalogs.version(row.catalogueVersion())
			.orElseThrow(() -> new IllegalStateException("catalogue version " + row.catalogueVersion() + " is missing"));
		Map<String, Object> stored = json.readValue(row.answers(), JSON_MAP);
		ReadAnswers read = AnswerJson.read(catalog, stored);
		Map<String, Object> unreadable = new LinkedHashMap<>();
		if (!read.valid()) {
			stored.forEach((key, value) -> {
				if (!read.answers().has(key)) {
					unreadable.put(key, value);
				}
			});
			log.warn("Journey {}…: {} stored answer(s) no longer valid for catalogue version {}: {}",
					row.token().substring(0, 6), read.errors().size(), catalog.version(),
					read.errors().stream().map(error -> error.field() + " " + error.code()).toList());
		}
		return new Journey(row.token(), catalog, read.answers(), unreadable, read.errors(), row.lastQuestion(),
				row.createdAt(), row.lastOpenedAt(), row.completedAt(), row.version(), row.startedIn());
	}
}
