package fr.capcooperation.admin;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	/** The outcome of a publication: the new version, or why not. */
	public record PublishResult(@Nullable Integer version, List<ScenarioResult> failures, List<String> problems) {
	}

	private final JdbcTemplate jdbc;
	private final CatalogService catalogs;
	private final ItemTexts editor;
	private final AuditLog audit;
	private final Clock clock;

	DraftService(JdbcTemplate jdbc, CatalogService catalogs, ItemTexts editor, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
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
			Catalog current = catalogs.current();
			try {
				jdbc.update("INSERT INTO catalogue_draft (id, based_on, content, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)",
						ID, current.version(), CatalogReader.write(current.content()), Timestamp.from(clock.instant()), "-");
			}
			catch (DataIntegrityViolationException ex) {
				// Created meanwhile by another request: read theirs.
			}
			rows = query(lock);
		}
		return rows.get(0);
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
			return new Catalog(0, clock.instant(), content).checks()
				.stream()
				.map(this::french)
				.toList();
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
	 * Freezes the draft into the next published version, if every scenario passes and the
	 * rules are consistent; the catalogue service serves it at once on this instance.
	 */
	@Transactional
	public PublishResult publish(String note, String actor) {
		Draft draft = load(true);
		int latest = catalogs.refresh().version();
		if (draft.basedOn() < latest) {
			// a version was published outside the back-office (a migration) after this draft was
			// started: publishing it as it is would silently undo that version
			String stale = editor.message("admin.publish.stale", draft.basedOn(), latest);
			audit.record(actor, Action.PUBLICATION_REFUSED, stale);
			return new PublishResult(null, List.of(), List.of(stale));
		}
		List<String> problems = problems(draft.content());
		if (!problems.isEmpty()) {
			audit.record(actor, Action.PUBLICATION_REFUSED, String.join("; ", problems));
			return new PublishResult(null, List.of(), problems);
		}
		Catalog candidate = new Catalog(draft.basedOn() + 1, clock.instant(), draft.content());
		List<ScenarioResult> failures = scenarios(candidate).stream().filter(result -> !result.passed()).toList();
		if (!failures.isEmpty()) {
			audit.record(actor, Action.PUBLICATION_REFUSED,
					String.join(", ", failures.stream().map(failure -> failure.scenario().key()).toList()));
			return new PublishResult(null, failures, List.of());
		}
		Catalog published = catalogs.publish(draft.content(), actor, note);
		write(draft.content(), published.version(), actor);
		audit.record(actor, Action.PUBLISHED, "version " + published.version() + (note.isBlank() ? "" : " : " + note));
		return new PublishResult(published.version(), List.of(), List.of());
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
