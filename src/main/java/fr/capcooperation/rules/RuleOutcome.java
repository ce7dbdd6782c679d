package fr.capcooperation.rules;

import java.util.Set;

/**
 * One rule evaluated against the answers: its truth, what that means for the form, and the
 * questions whose answers decided it ("parce que vous avez répondu …").
 */
public record RuleOutcome(Rule rule, Truth truth, Effect effect, Set<String> questions) {

	public RuleOutcome {
		questions = Set.copyOf(questions);
	}

	static RuleOutcome of(Rule rule, Truth truth, Set<String> questions) {
		return new RuleOutcome(rule, truth, effectOf(rule.kind(), truth), questions);
	}

	private static Effect effectOf(RuleKind kind, Truth truth) {
		if (truth == Truth.UNKNOWN) {
			return Effect.TO_CHECK;
		}
		return switch (kind) {
			case REQUIRES -> truth.isTrue() ? Effect.SUPPORTS : Effect.BLOCKS;
			case EXCLUDES -> truth.isTrue() ? Effect.BLOCKS : Effect.CLEARS;
			case FAVOURS -> Effect.SUPPORTS;
			case DISFAVOURS -> Effect.WEAKENS;
		};
	}
}
