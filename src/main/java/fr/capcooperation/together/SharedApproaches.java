package fr.capcooperation.together;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.JourneysDeleted;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.Divergences;
import fr.capcooperation.rules.GroupDiagnosis;
import fr.capcooperation.rules.PartnerAnswers;
import fr.capcooperation.rules.Settlement;
import fr.capcooperation.together.SharedApproach.Partner;
import fr.capcooperation.together.SharedApproach.Respondent;
import fr.capcooperation.together.Synthesis.Progress;

/**
 * Shared approaches: creating one with its partners and links, giving each respondent its
 * journey (through the questionnaire module), deleting answers, partners and whole approaches,
 * and the synthesis the engine computes from every respondent's answers.
 */
@Service
public class SharedApproaches {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
	private static final Duration OPENING_PRECISION = Duration.ofHours(1);

	private final SharedApproachStore store;
	private final Journeys journeys;
	private final CatalogService catalogs;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	SharedApproaches(SharedApproachStore store, Journeys journeys, CatalogService catalogs, Clock clock) {
		this.store = store;
		this.journeys = journeys;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/** Creates an approach, its partners and {@code linksPerPartner} links for each, in one transaction. */
	@Transactional
	public SharedApproach create(String name, List<String> partnerNames, int linksPerPartner, boolean partnersSeeAnswers) {
		String coordinatorToken = token();
		long approachId = store.insertApproach(coordinatorToken, name, partnersSeeAnswers, clock.instant());
		int position = 0;
		for (String partnerName : partnerNames) {
			insertPartner(approachId, ++position, partnerName, linksPerPartner);
		}
		return store.findByCoordinator(coordinatorToken).orElseThrow();
	}

	private void insertPartner(long approachId, int position, String name, int links) {
		long partnerId = store.insertPartner(approachId, position, name);
		for (int number = 1; number <= links; number++) {
			store.insertRespondent(partnerId, number, token());
		}
	}

	private String token() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The approach of a coordinator's link; empty for an unknown or malformed token. */
	public Optional<SharedApproach> findByCoordinator(@Nullable String token) {
		return token != null && valid(token) ? store.findByCoordinator(token).map(this::opened) : Optional.empty();
	}

	/** The approach a respondent's link belongs to; empty for an unknown or malformed token. */
	public Optional<SharedApproach> findByRespondent(@Nullable String token) {
		return token != null && valid(token) ? store.findByRespondent(token).map(this::opened) : Optional.empty();
	}

	private static boolean valid(String token) {
		return TOKEN.matcher(token).matches();
	}

	/**
	 * Where a journey's answers were given, when under a respondent's link: the approach, the
	 * partner and the link, for the way back from the result page. Empty for any other journey.
	 */
	public Optional<AnsweredFor> answeredFor(@Nullable String journeyToken) {
		if (journeyToken == null || journeyToken.isBlank()) {
			return Optional.empty();
		}
		return store.respondentOfJourney(journeyToken)
			.flatMap(respondent -> store.findByRespondent(respondent).flatMap(approach -> approach.respondent(respondent)
				.flatMap(link -> approach.partner(link.partnerId()))
				.map(partner -> new AnsweredFor(approach.name(), partner.name(), respondent))));
	}

	/** The approach and partner a journey answers for, and the respondent's link token. */
	public record AnsweredFor(String approachName, String partnerName, String respondentToken) {
	}

	/** Records that the approach is in use (at most once an hour), for the retention purge. */
	private SharedApproach opened(SharedApproach approach) {
		Instant now = clock.instant();
		if (approach.lastOpenedAt().plus(OPENING_PRECISION).isBefore(now)) {
			store.markOpened(approach.id(), now);
		}
		return approach;
	}

	@Transactional
	public SharedApproach addPartner(SharedApproach approach, String name, int links) {
		int position = approach.partners().size() + 1;
		insertPartner(approach.id(), position, name, links);
		return reload(approach);
	}

	@Transactional
	public SharedApproach addLink(SharedApproach approach, Partner partner) {
		int number = partner.respondents().stream().mapToInt(Respondent::number).max().orElse(0) + 1;
		store.insertRespondent(partner.id(), number, token());
		return reload(approach);
	}

	/** Removes a partner, its links and its respondents' answers. */
	@Transactional
	public SharedApproach removePartner(SharedApproach approach, Partner partner) {
		partner.respondents().forEach(respondent -> journeys.delete(respondent.journeyToken()));
		store.deletePartner(partner.id());
		return reload(approach);
	}

	public SharedApproach setPartnersSeeAnswers(SharedApproach approach, boolean partnersSeeAnswers) {
		store.setPartnersSeeAnswers(approach.id(), partnersSeeAnswers);
		return reload(approach);
	}

	/** Deletes the approach, its partners, links and every respondent's answers, for good. */
	@Transactional
	public void delete(SharedApproach approach) {
		store.journeysOf(approach.id()).forEach(journeys::delete);
		store.deleteApproach(approach.id());
	}

	/** Deletes one respondent's answers; its link stays and starts afresh. */
	public void deleteAnswers(Respondent respondent) {
		String journey = respondent.journeyToken();
		if (journey != null) {
			journeys.delete(journey);
			store.detachJourney(respondent.token(), journey);
		}
	}

	/**
	 * The journey a respondent answers in: its own, or a new one on the current catalogue. When
	 * two requests start it at once, one journey wins and the other is deleted.
	 */
	public String journeyOf(Respondent respondent) {
		String existing = respondent.journeyToken();
		if (existing != null && journeys.find(existing).isPresent()) {
			return existing;
		}
		if (existing != null) {
			store.detachJourney(respondent.token(), existing); // purged by the journeys' retention
		}
		Journey started = journeys.start();
		if (store.attachJourney(respondent.token(), started.token())) {
			return started.token();
		}
		journeys.delete(started.token());
		return store.findByRespondent(respondent.token())
			.flatMap(approach -> approach.respondent(respondent.token()))
			.map(Respondent::journeyToken)
			.orElseThrow(() -> new UnknownApproachException());
	}

	/**
	 * Every respondent's answers, read in one query, and what the engine makes of them, on the
	 * newest catalogue version among the journeys (the current one when nobody has started).
	 */
	public Synthesis synthesis(SharedApproach approach) {
		List<String> tokens = new ArrayList<>();
		approach.partners().forEach(partner -> partner.respondents().forEach(respondent -> {
			String journey = respondent.journeyToken();
			if (journey != null) {
				tokens.add(journey);
			}
		}));
		Map<String, Journey> byToken = new HashMap<>();
		journeys.findAll(tokens).forEach(journey -> byToken.put(journey.token(), journey));
		Catalog catalog = byToken.values()
			.stream()
			.map(Journey::catalog)
			.max(Comparator.comparingInt(Catalog::version))
			.orElseGet(catalogs::current);
		List<PartnerAnswers> partners = new ArrayList<>(approach.partners().size());
		Map<String, Progress> progress = new LinkedHashMap<>();
		for (Partner partner : approach.partners()) {
			List<Answers> answers = new ArrayList<>(partner.respondents().size());
			for (Respondent respondent : partner.respondents()) {
				String token = respondent.journeyToken();
				@Nullable Journey journey = token == null ? null : byToken.get(token);
				answers.add(journey == null ? Answers.empty() : journey.answers());
				progress.put(respondent.token(), journey == null || journey.answers().asMap().isEmpty() ? Progress.NOT_STARTED
						: journey.isComplete() ? Progress.COMPLETED : Progress.IN_PROGRESS);
			}
			partners.add(new PartnerAnswers(Synthesis.partnerKey(partner), answers));
		}
		return new Synthesis(approach, catalog, new Divergences(catalog.engine()).diagnose(partners), progress);
	}

	/**
	 * « Et si… ? »: the group's recommendation if every partner agreed on the {@code variant}-th
	 * answer (from 1) given to a question in dispute; empty when the question is not in dispute or
	 * has no such answer. Nothing is saved: nobody's answers change.
	 */
	public Optional<Settlement> settle(Synthesis synthesis, String question, int variant) {
		return synthesis.diagnosis()
			.questions()
			.stream()
			.filter(q -> q.question().equals(question) && q.agreement() == GroupDiagnosis.Agreement.DIVERGENT)
			.findFirst()
			.filter(q -> variant >= 1 && variant <= q.variants().size())
			.map(q -> new Divergences(synthesis.catalog().engine()).settle(synthesis.diagnosis(), question,
					q.variants().get(variant - 1).answer()));
	}

	/** Where one respondent stands, from its journey alone. */
	public Progress progressOf(Respondent respondent) {
		return journeys.find(respondent.journeyToken())
			.map(journey -> journey.answers().asMap().isEmpty() ? Progress.NOT_STARTED
					: journey.isComplete() ? Progress.COMPLETED : Progress.IN_PROGRESS)
			.orElse(Progress.NOT_STARTED);
	}

	/** Deletes the approaches not opened since the cutoff, with their answers; returns how many went. */
	public int purgeNotOpenedSince(Instant cutoff) {
		int purged = 0;
		for (long id : store.notOpenedSince(cutoff)) {
			store.journeysOf(id).forEach(journeys::delete);
			store.deleteApproach(id);
			purged++;
		}
		return purged;
	}

	private SharedApproach reload(SharedApproach approach) {
		return store.findByCoordinator(approach.coordinatorToken()).orElseThrow(UnknownApproachException::new);
	}

	/** Answers deleted elsewhere (by their respondent on the result page, or the retention purge) leave their link. */
	@EventListener
	void forget(JourneysDeleted deleted) {
		if (!deleted.tokens().isEmpty()) {
			store.forgetJourneys(deleted.tokens());
		}
	}
}
