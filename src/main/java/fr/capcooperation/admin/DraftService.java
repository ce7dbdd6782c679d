package fr.capcooperation.admin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.capcooperation.admin.AuditLog.Action;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.catalog.CatalogReader;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Problem;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Status;

/**
 * The one draft of the next catalogue version: a JSON document like a published snapshot,
 * created from the latest version when absent. Every change is made under a row lock and
 * checked (the catalogue must build and its rules be consistent); a change to an item that
 * someone else changed since it was loaded is refused with their version.
 */
@Service
public class DraftService {

	private static final int ID = 1;

	/** The draft as stored: the version it started from, its content, the last change. */
	public record Draft(int basedOn, CatalogContent content, Instant updatedAt, String updatedBy) {
	}

	/**
	 * What a reference scenario gives on a catalogue: the forms recommended, those expected
	 * excluded that are not, and those expected possible that are excluded.
	 */
	public record ScenarioResult(Scenario scenario, boolean passed, List<String> recommended, List<String> notExcluded,
			List<String> wronglyExcluded) implements Serializable {
	}

	/** The outcome of a save: saved, or refused because the item changed meanwhile (their item, null if deleted). */
	public record SaveResult(boolean saved, @Nullable Record current, List<String> problems) {
	}

	/**
	 * The outcome of a publication: the new version, or why not: failed scenarios, problems of
	 * the rules, a refusal ({@code refusal}, a message code: nothing changed since the latest
	 * version) or a note that cannot be kept ({@code noteProblem}, a message code).
	 */
	public record PublishResult(@Nullable Integer version, List<ScenarioResult> failures, List<String> problems,
			@Nullable String refusal, @Nullable String noteProblem) {

		static PublishResult refused(String refusal) {
			return new PublishResult(null, List.of(), List.of(), refusal, null);
		}
	}

	private final JdbcTemplate jdbc;
	private final TransactionTemplate inTransaction;
	private final TransactionTemplate separately;
	private final ReentrantLock publishing = new ReentrantLock();
	private final CatalogService catalogs;
	private final ItemTexts editor;
	private final AuditLog audit;
	private final Clock clock;

	DraftService(JdbcTemplate jdbc, PlatformTransactionManager transactions, CatalogService catalogs, ItemTexts editor,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.inTransaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.catalogs = catalogs;
		this.editor = editor;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Draft draft() {
		return load(false);
	}

	private Draft load(boolean lock) {
		List<Draft> rows = query(lock);
		if (rows.isEmpty()) {
			create();
			rows = query(lock);
		}
		return rows.get(0);
	}

	/**
	 * Creates the draft from the current version, in a transaction of its own: should another
	 * request (or instance) create it at the same moment, the failed insert is rolled back
	 * alone (PostgreSQL would refuse anything more in a transaction where a statement failed).
	 */
	private void create() {
		Catalog current = catalogs.current();
		try {
			separately.executeWithoutResult(status -> jdbc.update(
					"INSERT INTO catalogue_draft (id, based_on, content, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)", ID,
					current.version(), CatalogReader.write(current.content()), Timestamp.from(clock.instant()), "-"));
		}
		catch (DataIntegrityViolationException ex) {
			// Created meanwhile by another request: read theirs.
		}
	}

	private List<Draft> query(boolean lock) {
		return jdbc.query("SELECT based_on, content, updated_at, updated_by FROM catalogue_draft WHERE id = ?"
				+ (lock ? " FOR UPDATE" : ""),
				(rs, row) -> new Draft(rs.getInt(1), CatalogReader.read(rs.getString(2)), rs.getTimestamp(3).toInstant(),
						rs.getString(4)),
				ID);
	}

	/** The draft as a catalogue (version number: the next one), for previews and checks. */
	@Transactional
	public Catalog draftCatalog() {
		Draft draft = draft();
		return new Catalog(draft.basedOn() + 1, draft.updatedAt(), draft.content());
	}

	/**
	 * Replaces (or adds) one item, if it is still as it was loaded ({@code fingerprint}; null
	 * for a new item), and if the draft stays consistent. {@code position} moves the item (0-based).
	 */
	@Transactional
	public SaveResult save(ItemType type, @Nullable String key, @Nullable String fingerprint, Record item,
			@Nullable Integer position, String actor) {
		Draft draft = load(true);
		if (key != null) {
			Record current = type.find(draft.content(), key).orElse(null);
			if (current == null || !editor.fingerprint(current).equals(fingerprint)) {
				audit.record(actor, Action.DRAFT_CONFLICT, type.slug + "/" + key);
				return new SaveResult(false, current, List.of());
			}
		}
		else if (!type.single() && type.find(draft.content(), ItemType.keyOf(item)).isPresent()) {
			// Added meanwhile by someone else under the same key: never replace it.
			return new SaveResult(false, null, List.of(editor.message("admin.edit.error.duplicate", ItemType.keyOf(item))));
		}
		CatalogContent changed = type.with(draft.content(), item, position);
		List<String> problems = problems(changed);
		if (!problems.isEmpty()) {
			return new SaveResult(false, null, problems);
		}
		write(changed, draft.basedOn(), actor);
		audit.record(actor, Action.DRAFT_EDITED, type.slug + "/" + ItemType.keyOf(item));
		return new SaveResult(true, item, List.of());
	}

	/** Removes an item that nothing refers to; the problems say why not otherwise. */
	@Transactional
	public SaveResult delete(ItemType type, String key, String fingerprint, String actor) {
		Draft draft = load(true);
		Record current = type.find(draft.content(), key).orElse(null);
		if (current == null || !editor.fingerprint(current).equals(fingerprint)) {
			return new SaveResult(false, current, List.of());
		}
		CatalogContent changed = type.without(draft.content(), key);
		List<String> problems = problems(changed);
		if (!problems.isEmpty()) {
			return new SaveResult(false, current, problems);
		}
		write(changed, draft.basedOn(), actor);
		audit.record(actor, Action.DRAFT_EDITED, type.slug + "/" + key + " (supprimé)");
		return new SaveResult(true, null, List.of());
	}

	/** Why a content cannot be a catalogue, in French, empty if it can. */
	List<String> problems(CatalogContent content) {
		try {
			List<String> problems = new ArrayList<>(ContentLimits.problems(content, editor));
			new Catalog(0, clock.instant(), content).ruleset().checks().stream().map(this::french).forEach(problems::add);
			return problems;
		}
		catch (RuntimeException ex) {
			return List.of(editor.message("admin.problem.unreadable", String.valueOf(ex.getMessage())));
		}
	}

	/** A problem found by the engine, said in French. */
	private String french(Problem problem) {
		String subject = editor.message("admin.problem.subject." + problem.subject().name(), problem.subjectKey());
		Object[] args = new Object[problem.details().size() + 1];
		args[0] = subject;
		for (int i = 0; i < problem.details().size(); i++) {
			args[i + 1] = String.valueOf(problem.details().get(i));
		}
		String sentence = editor.message("admin.problem." + problem.code(), args);
		return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private void write(CatalogContent content, int basedOn, String actor) {
		jdbc.update("UPDATE catalogue_draft SET based_on = ?, content = ?, updated_at = ?, updated_by = ? WHERE id = ?",
				basedOn, CatalogReader.write(content), Timestamp.from(clock.instant()), actor, ID);
	}

	/** Every reference scenario of a catalogue: the expected form must be the only one recommended. */
	public static List<ScenarioResult> scenarios(Catalog catalog) {
		List<ScenarioResult> results = new ArrayList<>();
		for (Scenario scenario : catalog.content().scenarios()) {
			List<String> recommended;
			List<String> notExcluded = new ArrayList<>();
			List<String> wronglyExcluded = new ArrayList<>();
			try {
				Recommendation recommendation = catalog.engine()
					.evaluate(AnswerJson.read(catalog, scenario.answers()).answers());
				recommended = recommendation.recommended().stream().map(FormAssessment::form).toList();
				for (String form : scenario.expectedExcluded()) {
					if (catalog.form(form).isEmpty() || recommendation.form(form).status() != Status.EXCLUDED) {
						notExcluded.add(form);
					}
				}
				for (String form : scenario.mustStayPossible()) {
					if (catalog.form(form).isEmpty() || recommendation.form(form).status() == Status.EXCLUDED) {
						wronglyExcluded.add(form);
					}
				}
			}
			catch (RuntimeException ex) {
				recommended = List.of();
			}
			boolean passed = recommended.equals(List.of(scenario.expectedFirst())) && notExcluded.isEmpty()
					&& wronglyExcluded.isEmpty();
			results.add(new ScenarioResult(scenario, passed, recommended, notExcluded, wronglyExcluded));
		}
		return results;
	}

	/**
	 * Freezes the draft into the next published version, if its note can be kept, if it differs
	 * from the latest published version, if every scenario passes and the rules are consistent;
	 * the catalogue service serves it at once on this instance. Publications are serialised by
	 * the draft's row lock, on every instance: a second one waits for the first, then finds
	 * nothing left to publish, and is refused (never a second, identical version). On one
	 * instance they also queue on a lock in memory, so that none waits on the database's lock
	 * long enough to time out (H2 gives up after a second).
	 */
	public PublishResult publish(String note, String actor) {
		Optional<String> noteProblem = PublicationNote.problem(note);
		if (noteProblem.isPresent()) {
			return new PublishResult(null, List.of(), List.of(), null, noteProblem.get());
		}
		publishing.lock();
		try {
			return Objects.requireNonNull(inTransaction.execute(status -> publishLocked(note, actor)));
		}
		finally {
			publishing.unlock();
		}
	}

	private PublishResult publishLocked(String note, String actor) {
		Draft draft = load(true);
		// Under the lock, and from the database: a version just published elsewhere counts.
		Catalog latest = catalogs.refresh();
		if (draft.basedOn() < latest.version()) {
			// a version was published outside the back-office (a migration) after this draft was
			// started: publishing it as it is would silently undo that version
			String stale = editor.message("admin.publish.stale", draft.basedOn(), latest.version());
			audit.record(actor, Action.PUBLICATION_REFUSED, stale);
			return new PublishResult(null, List.of(), List.of(stale), null, null);
		}
		if (CatalogReader.write(draft.content()).equals(CatalogReader.write(latest.content()))) {
			audit.record(actor, Action.PUBLICATION_REFUSED, "rien à publier : le brouillon est la version " + latest.version());
			return PublishResult.refused("admin.publish.unchanged");
		}
		List<String> problems = problems(draft.content());
		if (!problems.isEmpty()) {
			audit.record(actor, Action.PUBLICATION_REFUSED, String.join("; ", problems));
			return new PublishResult(null, List.of(), problems, null, null);
		}
		Catalog candidate = new Catalog(draft.basedOn() + 1, clock.instant(), draft.content());
		List<ScenarioResult> failures = scenarios(candidate).stream().filter(result -> !result.passed()).toList();
		if (!failures.isEmpty()) {
			audit.record(actor, Action.PUBLICATION_REFUSED,
					String.join(", ", failures.stream().map(failure -> failure.scenario().key()).toList()));
			return new PublishResult(null, failures, List.of(), null, null);
		}
		Catalog published = catalogs.publish(draft.content(), actor, note);
		write(draft.content(), published.version(), actor);
		audit.record(actor, Action.PUBLISHED, "version " + published.version() + (note.isBlank() ? "" : " : " + note));
		return new PublishResult(published.version(), List.of(), List.of(), null, null);
	}

	/** A hash of the draft's whole content: what a publication confirmation page showed. */
	public static String fingerprint(Draft draft) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(CatalogReader.write(draft.content()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Publishes the draft if it is still the one the confirmation page listed ({@code shown}, its
	 * {@link #fingerprint}); empty when somebody changed it since, so that what is published is
	 * what was read.
	 */
	@Transactional
	public Optional<PublishResult> publishAsShown(String shown, String note, String actor) {
		Draft draft = load(true);
		if (!fingerprint(draft).equals(shown)) {
			return Optional.empty();
		}
		return Optional.of(publish(note, actor));
	}

	/** Copies a published version into the draft (replacing its content); the draft then follows the latest version. */
	@Transactional
	public boolean restore(int version, String actor) {
		Optional<Catalog> catalog = catalogs.version(version);
		if (catalog.isEmpty()) {
			return false;
		}
		load(true);
		// the admin starts over from a chosen version, knowing the latest one: the draft now follows it
		write(catalog.get().content(), catalogs.refresh().version(), actor);
		audit.record(actor, Action.RESTORED, "version " + version);
		return true;
	}

	/** Whether the draft differs from the latest published version. */
	@Transactional
	public boolean hasChanges() {
		Draft draft = draft();
		Catalog current = catalogs.current();
		return !CatalogReader.write(draft.content()).equals(CatalogReader.write(current.content()));
	}

}
