package fr.capcooperation.rules;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the engine makes of a shared approach ({@link Divergences#diagnose}): the answers the
 * partners share and their recommendation, what each partner's answers alone would give, every
 * question with each partner's position, the questions to discuss first and the spread of the
 * prerequisites.
 *
 * @param shared the answers every partner gives alike (a disputed question is left unanswered;
 *     each prerequisite at its weakest level among all respondents)
 * @param sharedRecommendation the engine's recommendation on the shared answers (without the smallest
 *     changes of excluded forms: ask the engine or the advisor for them)
 * @param partners each partner's own answers and recommendation, in the partners' order
 * @param questions every question shown to at least one partner, in the questionnaire's order
 *     (the prerequisites checklist is in {@code prerequisites})
 * @param toDiscuss the divergent questions whose answers lead to different recommended or
 *     excluded forms, the one that changes the most forms first
 * @param prerequisites one spread per line of the prerequisites checklist
 */
public record GroupDiagnosis(Answers shared, Recommendation sharedRecommendation, List<PartnerResult> partners,
		List<QuestionComparison> questions, List<QuestionComparison> toDiscuss, List<PrerequisiteSpread> prerequisites) {

	public GroupDiagnosis {
		partners = List.copyOf(partners);
		questions = List.copyOf(questions);
		toDiscuss = List.copyOf(toDiscuss);
		prerequisites = List.copyOf(prerequisites);
	}

	/** The divergent questions that change nothing in the result (worth a word, not a debate). */
	public List<QuestionComparison> divergentWithoutEffect() {
		return questions.stream().filter(q -> q.agreement() == Agreement.DIVERGENT && q.impact() == 0).toList();
	}

	public List<PrerequisiteSpread> weakPrerequisites() {
		return prerequisites.stream().filter(PrerequisiteSpread::weakForGroup).toList();
	}

	/**
	 * One partner: how many respondents it has and how many have answered, the answers that
	 * stand for it (those its respondents give alike; each prerequisite at its weakest level) and
	 * the recommendation they alone would give (without the smallest changes of excluded forms).
	 */
	public record PartnerResult(String partner, int respondents, int answered, Answers answers,
			Recommendation recommendation) {

		public boolean hasAnswered() {
			return answered > 0;
		}
	}

	/** How the partners' answers to one question compare. */
	public enum Agreement {
		/** Every partner gives the same known answer. */
		AGREED,
		/** The known answers are the same, but some partners do not know or have not answered. */
		PARTLY_KNOWN,
		/** At least two different known answers (between partners, or within one partner). */
		DIVERGENT,
		/** Nobody gave a known answer. */
		UNKNOWN
	}

	/**
	 * One question: each partner's position, the agreement and, when divergent, what each answer
	 * given would make of the shared answers ({@code variants}) and how many forms change between
	 * them ({@code impact}: forms recommended under one answer and not under another, or
	 * excluded under one and not under another).
	 */
	public record QuestionComparison(String question, List<Position> positions, Agreement agreement, int impact,
			List<Variant> variants) {

		public QuestionComparison {
			positions = List.copyOf(positions);
			variants = List.copyOf(variants);
		}

		public boolean changesTheResult() {
			return impact > 0;
		}
	}

	/** Where one partner stands on one question. */
	public record Position(String partner, PositionState state, @Nullable Answer answer) {
	}

	public enum PositionState {
		/** A known answer, the same for every respondent of the partner who answered. */
		ANSWERED,
		/** « Je ne sais pas ». */
		DONT_KNOW,
		/** Not answered yet. */
		UNANSWERED,
		/** The question was not shown to this partner (its display condition is false). */
		NOT_ASKED,
		/** The partner's respondents gave different known answers. */
		DIVIDED
	}

	/**
	 * One of the answers given to a divergent question: the partners who give it, and what the
	 * shared answers with that answer recommend and exclude.
	 */
	public record Variant(Answer answer, List<String> partners, List<String> recommended, List<String> excluded) {

		public Variant {
			partners = List.copyOf(partners);
			recommended = List.copyOf(recommended);
			excluded = List.copyOf(excluded);
		}
	}

	/**
	 * One prerequisite: how many respondents chose each level (in the checklist's order, ready
	 * first), each partner's level (its weakest respondent's; null when unanswered), and whether it
	 * is weak for the group (some partner rates it at a weak level, « Pas encore ») or to
	 * consolidate (some partner does not rate it ready).
	 */
	public record PrerequisiteSpread(String line, Map<String, Integer> levelCounts,
			Map<String, @Nullable String> partnerLevels, boolean weakForGroup, boolean toConsolidate) {
	}
}
