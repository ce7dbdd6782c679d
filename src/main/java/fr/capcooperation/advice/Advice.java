package fr.capcooperation.advice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.LegalNote;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.rules.Effect;
import fr.capcooperation.rules.Hold;
import fr.capcooperation.rules.RuleKind;
import fr.capcooperation.rules.Status;
import fr.capcooperation.rules.Truth;

/**
 * A recommendation explained in French, ready for a page or the API: the engine's outcome with
 * the catalogue's texts and the respondent's own answers woven in. {@code undecided} is set when
 * the result cannot recommend a structure yet (why, and the answers that would settle it).
 */
public record Advice(int version, Instant publishedAt, List<FormAdvice> forms, List<UnknownAdvice> unknowns,
		ReadinessAdvice readiness, @Nullable String coConstructionAdvice, List<AnswerLine> answers,
		String disclaimer, String support, @Nullable UndecidedAdvice undecided) {

	/** The readiness warnings of the recommended forms, in their order. */
	public List<WarningAdvice> warnings() {
		return forms.stream().map(FormAdvice::warning).filter(Objects::nonNull).toList();
	}

	public List<FormAdvice> withStatus(Status status) {
		return forms.stream().filter(form -> form.status() == status).toList();
	}

	public List<FormAdvice> recommended() {
		return withStatus(Status.RECOMMENDED);
	}

	public List<FormAdvice> possible() {
		return withStatus(Status.POSSIBLE);
	}

	public List<FormAdvice> excluded() {
		return withStatus(Status.EXCLUDED);
	}

	/**
	 * A form's place in the result, with its reasons and, when excluded, what would change it;
	 * when possible but not recommended, why not yet ({@code holds}, each said in {@code holdTexts});
	 * when a recommended structure meets weak prerequisites, the warning. {@code legalNotes} are the
	 * form's dated notes where the 2017 handout and the law differ, shown with the form.
	 */
	public record FormAdvice(CooperationForm form, Status status, int score, int rank, boolean tied,
			List<Reason> reasons, List<ChangeOption> changes, List<Hold> holds, List<String> holdTexts,
			@Nullable WarningAdvice warning) {

		public List<LegalNote> legalNotes() {
			return form.legalNotes();
		}

		public List<Reason> reasons(Effect effect) {
			return reasons.stream().filter(reason -> reason.effect() == effect).toList();
		}

		public List<Reason> supports() {
			return reasons(Effect.SUPPORTS);
		}

		public List<Reason> weakens() {
			return reasons(Effect.WEAKENS);
		}

		public List<Reason> blocks() {
			return reasons(Effect.BLOCKS);
		}

		public List<Reason> toCheck() {
			return reasons(Effect.TO_CHECK);
		}
	}

	/** A rule that fired: its text for its outcome, and the answers behind it. */
	public record Reason(String rule, RuleKind kind, Effect effect, Truth truth, int weight, String text,
			List<AnswerLine> answers, String because) {
	}

	/** A question and the respondent's answer, in words. */
	public record AnswerLine(String question, String label, String answer) {
	}

	/** One way of making an excluded form possible: answers to change together. */
	public record ChangeOption(List<ChangeLine> changes, String sentence) {
	}

	public record ChangeLine(String question, String label, String from, String to, List<String> added,
			List<String> removed, String sentence) {
	}

	/** A "Je ne sais pas" that matters: which forms it leaves undecided. */
	public record UnknownAdvice(String question, String label, List<CooperationForm> forms, String sentence) {
	}

	public record ReadinessAdvice(int total, int answered, int toConsolidate, List<ReadinessLine> lines,
			String summary) {

		public List<ReadinessLine> weak() {
			return lines.stream().filter(ReadinessLine::weak).toList();
		}

		public List<ReadinessLine> solid() {
			return lines.stream().filter(line -> line.level() != null && !line.weak()).toList();
		}
	}

	public record ReadinessLine(Prerequisite prerequisite, @Nullable String level, String levelLabel,
			boolean weak) {
	}

	/**
	 * Why no structure can be recommended yet ({@code cause}: {@code DEGREE_UNKNOWN},
	 * {@code REQUIREMENTS_UNKNOWN} or {@code NO_EVIDENCE}), said in {@code text} (Markdown), and the
	 * questions whose answers would settle it, with the answer given so far.
	 */
	public record UndecidedAdvice(String cause, String text, List<AnswerLine> settling) {
	}

	/**
	 * A recommended merger or common structure with weak prerequisites (principle P8): the
	 * catalogue's warning (Markdown), the weak lines, and a lighter first step.
	 */
	public record WarningAdvice(String form, String text, List<ReadinessLine> weak,
			@Nullable CooperationForm firstStep, String firstStepSentence) {
	}
}
