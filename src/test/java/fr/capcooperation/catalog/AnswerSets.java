package fr.capcooperation.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionSpec;
import fr.capcooperation.rules.Ruleset;

/**
 * Random answer sets for a catalogue's questions, as the property tests and the determinism probe
 * draw them from a seeded generator: each question left unanswered, answered « Je ne sais pas »
 * (single choices) or answered with a valid value.
 */
final class AnswerSets {

	/** Member counts around the thresholds of the rules (3, 4, 5, 7). */
	static final List<Integer> COUNTS = List.of(2, 3, 4, 5, 6, 7, 12, 100_000);

	private AnswerSets() {
	}

	private static Answer ordered(QuestionSpec question, Set<String> set) {
		Set<String> ordered = new LinkedHashSet<>();
		question.options().stream().filter(set::contains).forEach(ordered::add);
		return new Answer.Choices(ordered);
	}

	/** A fixed series of answer sets drawn from this seed: the same on every run and every JVM. */
	static List<Answers> seeded(Ruleset ruleset, long seed, int count) {
		Random random = new Random(seed);
		List<Answers> sets = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			sets.add(random(ruleset, random));
		}
		return sets;
	}

	/**
	 * One answer set: each question left unanswered one time in ten; a single choice that offers it
	 * answered « Je ne sais pas » two times in ten; otherwise a valid value (a multiple choice takes
	 * each option with a chance of one in four, and at least one).
	 */
	static Answers random(Ruleset ruleset, Random random) {
		Map<String, Answer> map = new LinkedHashMap<>();
		for (QuestionSpec question : ruleset.questions()) {
			int roll = random.nextInt(10);
			if (roll == 0) {
				continue;
			}
			List<String> options = question.options().stream().filter(o -> !Answer.DONT_KNOW.equals(o)).toList();
			switch (question.type()) {
				case SINGLE -> map.put(question.key(), Answer.choice(roll < 3 && question.hasOption(Answer.DONT_KNOW)
						? Answer.DONT_KNOW : options.get(random.nextInt(options.size()))));
				case MULTIPLE -> {
					Set<String> chosen = new LinkedHashSet<>();
					for (String option : options) {
						if (random.nextInt(4) == 0) {
							chosen.add(option);
						}
					}
					if (chosen.isEmpty()) {
						chosen.add(options.get(random.nextInt(options.size())));
					}
					map.put(question.key(), ordered(question, chosen));
				}
				case NUMBER -> map.put(question.key(), Answer.number(COUNTS.get(random.nextInt(COUNTS.size()))));
				case CHECKLIST -> {
					Map<String, String> levels = new LinkedHashMap<>();
					question.lines().forEach(line -> levels.put(line, options.get(random.nextInt(options.size()))));
					map.put(question.key(), new Answer.Checklist(levels));
				}
			}
		}
		return Answers.of(map);
	}
}
