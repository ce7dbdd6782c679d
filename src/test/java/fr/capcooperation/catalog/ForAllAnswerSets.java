package fr.capcooperation.catalog;

import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.Ruleset;

/**
 * Runs a property over a series of random answer sets drawn from one seed, so that a failure
 * names the seed and the case and is replayed exactly. The seed is fixed, so the build is the
 * same on every run; {@code -Dcapcoop.properties.seed=…} explores another series and
 * {@code -Dcapcoop.properties.tries=…} a longer one.
 */
final class ForAllAnswerSets {

	static final long DEFAULT_SEED = 20_261_201L;

	private final Ruleset ruleset;
	private final long seed;
	private final int tries;

	private ForAllAnswerSets(Ruleset ruleset, long seed, int tries) {
		this.ruleset = ruleset;
		this.seed = seed;
		this.tries = tries;
	}

	/** {@code tries} answer sets of the ruleset, unless the build asks for another number. */
	static ForAllAnswerSets of(Ruleset ruleset, int tries) {
		return new ForAllAnswerSets(ruleset, Long.getLong("capcoop.properties.seed", DEFAULT_SEED),
				Integer.getInteger("capcoop.properties.tries", tries));
	}

	void check(Consumer<Answers> property) {
		Random random = new Random(seed);
		for (int n = 1; n <= tries; n++) {
			Answers answers = AnswerSets.random(ruleset, random);
			run(n, answers, () -> property.accept(answers));
		}
	}

	/** The property over pairs of answer sets drawn one after the other. */
	void checkPairs(BiConsumer<Answers, Answers> property) {
		Random random = new Random(seed);
		for (int n = 1; n <= tries; n++) {
			Answers first = AnswerSets.random(ruleset, random);
			Answers second = AnswerSets.random(ruleset, random);
			run(n, first, () -> property.accept(first, second));
		}
	}

	private void run(int n, Answers answers, Runnable property) {
		try {
			property.run();
		}
		catch (AssertionError failure) {
			throw new AssertionError("Answer set " + n + " of seed " + seed + " (-Dcapcoop.properties.seed=" + seed
					+ "): " + answers.asMap() + "\n" + failure.getMessage(), failure);
		}
	}
}
