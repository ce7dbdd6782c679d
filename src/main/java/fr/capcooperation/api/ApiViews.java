package fr.capcooperation.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.AnswerLine;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.ConditionSpec;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Truth;

/** The JSON shapes of the API: stable field names, keys rather than objects. */
final class ApiViews {

	private ApiViews() {
	}

	record QuestionView(String key, String type, String label, String help, List<Option> options,
			List<LineView> lines, @Nullable Integer min, @Nullable Integer max, @Nullable ConditionSpec displayCondition) {
	}

	record LineView(String key, String label, String question) {
	}

	record RecommendationView(int rulesetVersion, List<FormView> forms, List<UnknownView> unknowns,
			ReadinessView readiness, @Nullable String coConstruction, List<AnswerLine> answers, String disclaimer,
			@Nullable UndecidedView undecided) {
	}

	/**
	 * A form; {@code holds} says why a possible form is not recommended yet, {@code warning} is set
	 * for a recommended merger or common structure whose prerequisites are weak.
	 */
	record FormView(String key, String name, String shortName, String status, int score, int rank, boolean tied,
			List<ReasonView> reasons, List<String> toChange, List<List<ChangeView>> changeOptions, List<String> holds,
			List<String> holdTexts, @Nullable WarningView warning, List<LegalNoteView> legalNotes) {
	}

	/** Why no structure can be recommended yet, and the questions whose answers would settle it. */
	record UndecidedView(String cause, String text, List<AnswerLine> settling) {
	}

	record WarningView(String text, List<String> weakLines, @Nullable String firstStep, String firstStepText) {
	}

	record LegalNoteView(String date, String reference, String text) {
	}

	record ReasonView(String rule, String kind, String effect, @Nullable Boolean holds, int weight, String text,
			String because, List<AnswerLine> answers) {
	}

	record ChangeView(String question, String from, String to, List<String> added, List<String> removed,
			String text) {
	}

	record UnknownView(String question, String label, List<String> forms, String text) {
	}

	record ReadinessView(int total, int answered, int toConsolidate, String summary, List<ReadinessLineView> lines) {
	}

	record ReadinessLineView(String key, String label, @Nullable String answer, boolean weak,
			@Nullable String advice) {
	}

	static QuestionView question(Catalog catalog, Question question) {
		List<LineView> lines = question.type() == QuestionType.CHECKLIST
				? catalog.prerequisites().stream().map(ApiViews::line).toList() : List.of();
		return new QuestionView(question.key(), question.type().name(), question.label(), question.help(),
				question.options(), lines, question.min(), question.max(), question.displayCondition());
	}

	private static LineView line(Prerequisite prerequisite) {
		return new LineView(prerequisite.key(), prerequisite.label(), prerequisite.question());
	}

	static RecommendationView recommendation(Advice advice) {
		List<FormView> forms = advice.forms().stream().map(ApiViews::form).toList();
		List<UnknownView> unknowns = advice.unknowns()
			.stream()
			.map(unknown -> new UnknownView(unknown.question(), unknown.label(),
					unknown.forms().stream().map(form -> form.key()).toList(), unknown.sentence()))
			.toList();
		Advice.ReadinessAdvice readiness = advice.readiness();
		ReadinessView readinessView = new ReadinessView(readiness.total(), readiness.answered(),
				readiness.toConsolidate(), readiness.summary(),
				readiness.lines()
					.stream()
					.map(line -> new ReadinessLineView(line.prerequisite().key(), line.prerequisite().label(),
							line.level(), line.weak(), line.weak() ? line.prerequisite().advice() : null))
					.toList());
		Advice.UndecidedAdvice undecided = advice.undecided();
		return new RecommendationView(advice.version(), forms, unknowns, readinessView, advice.coConstructionAdvice(),
				advice.answers(), advice.disclaimer(),
				undecided == null ? null : new UndecidedView(undecided.cause(), undecided.text(), undecided.settling()));
	}

	private static FormView form(Advice.FormAdvice form) {
		List<ReasonView> reasons = form.reasons()
			.stream()
			.map(reason -> new ReasonView(reason.rule(), reason.kind().name(), reason.effect().name(),
					reason.truth() == Truth.UNKNOWN ? null : reason.truth() == Truth.TRUE, reason.weight(),
					reason.text(), reason.because(), reason.answers()))
			.toList();
		List<String> toChange = form.changes().isEmpty() ? List.of()
				: form.changes().get(0).changes().stream().map(Advice.ChangeLine::sentence).toList();
		List<List<ChangeView>> options = form.changes()
			.stream()
			.map(option -> option.changes()
				.stream()
				.map(change -> new ChangeView(change.question(), change.from(), change.to(), change.added(),
						change.removed(), change.sentence()))
				.toList())
			.toList();
		Advice.WarningAdvice warning = form.warning();
		WarningView warningView = null;
		if (warning != null) {
			CooperationForm firstStep = warning.firstStep();
			warningView = new WarningView(warning.text(),
					warning.weak().stream().map(line -> line.prerequisite().key()).toList(),
					firstStep == null ? null : firstStep.key(), warning.firstStepSentence());
		}
		List<LegalNoteView> notes = form.legalNotes()
			.stream()
			.map(note -> new LegalNoteView(note.date().toString(), note.reference(), note.text()))
			.toList();
		return new FormView(form.form().key(), form.form().name(), form.form().shortName(), form.status().name(),
				form.score(), form.rank(), form.tied(), reasons, toChange, options,
				form.holds().stream().map(Enum::name).toList(), form.holdTexts(), warningView, notes);
	}
}
