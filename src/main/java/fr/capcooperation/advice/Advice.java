package fr.capcooperation.advice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
		String disclaimer, String support, @Nullable UndecidedAdvice undecided, Verdict verdict) {

	/** The questions about who the members are: a form excluded by them alone is reserved for other publics. */
	static final Set<String> MEMBERSHIP_QUESTIONS = Set.of("partners", "essms_managers", "natural_persons");

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

	/** The excluded forms that another answer than who the members are could open. */
	public List<FormAdvice> excludedByChoice() {
		return excluded().stream().filter(form -> !form.reservedForOthers()).toList();
	}

	/** The excluded forms reserved for other members (farmers, public persons, European partners …). */
	public List<FormAdvice> reservedForOthers() {
		return excluded().stream().filter(FormAdvice::reservedForOthers).toList();
	}

	/**
	 * The top of a result, in three lines: the form that fits (all of them when tied), the best
	 * alternative and the one criterion that separates them, and why not something lighter (the
	 * nearest lighter form on the graduated path and what keeps it out, or {@code lightest} when
	 * nothing is lighter). Any part may be missing: nothing recommended, no alternative.
	 */
	public record Verdict(List<FormAdvice> recommended, @Nullable FormAdvice alternative, @Nullable String separation,
			@Nullable FormAdvice lighter, @Nullable String lighterReason, boolean lightest) {

		/** The forms whose consequences the result sets side by side: the first recommended and the alternative. */
		public List<FormAdvice> compared() {
			List<FormAdvice> forms = new ArrayList<>();
			if (!recommended.isEmpty()) {
				forms.add(recommended.get(0));
			}
			if (alternative != null) {
				forms.add(alternative);
			}
			return List.copyOf(forms);
		}
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

		/**
		 * The score in words, for people ({@code VERY_SUITABLE}, {@code SUITABLE}, {@code LESS_SUITABLE},
		 * {@code EXCLUDED}, the end of a message key); the API keeps the number.
		 */
		public String fit() {
			return switch (status) {
				case RECOMMENDED -> "VERY_SUITABLE";
				case POSSIBLE -> score > 0 ? "SUITABLE" : "LESS_SUITABLE";
				case EXCLUDED -> "EXCLUDED";
			};
		}

		/**
		 * Excluded only by who the members are (« réservée à d’autres publics »): telling the person
		 * to tick farmers or a public person would make no sense, so no change is offered.
		 */
		public boolean reservedForOthers() {
			List<Reason> blocks = blocks();
			return status == Status.EXCLUDED && !blocks.isEmpty() && blocks.stream()
				.allMatch(reason -> !reason.answers().isEmpty() && reason.answers()
					.stream()
					.allMatch(line -> MEMBERSHIP_QUESTIONS.contains(line.question())));
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
