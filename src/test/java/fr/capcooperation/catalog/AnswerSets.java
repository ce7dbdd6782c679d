package fr.capcooperation.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionSpec;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Ruleset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random answer sets for a catalogue's questions, as property tests and the determinism probe
 * draw them: each question left unanswered, answered « Je ne sais pas » (single choices) or
 * answered with a valid value.
 */
final class AnswerSets {

	/** Member counts around the thresholds of the rules (3, 4, 5, 7). */
	static final List<Integer> COUNTS = List.of(2, 3, 4, 5, 6, 7, 12, 100_000);

	private AnswerSets() {
	}

	/** Every answer set of the ruleset's questions, unknowns included. */
	static Arbitrary<Answers> of(Ruleset ruleset) {
		List<Arbitrary<Optional<Answer>>> perQuestion = new ArrayList<>();
		for (QuestionSpec question : ruleset.questions()) {
			perQuestion.add(answer(question));
		}
		return Combinators.combine(perQuestion).as(answers -> {
			Map<String, Answer> map = new LinkedHashMap<>();
			for (int i = 0; i < answers.size(); i++) {
				Optional<Answer> answer = answers.get(i);
				if (answer.isPresent()) {
					map.put(ruleset.questions().get(i).key(), answer.get());
				}
			}
			return Answers.of(map);
		});
	}

	private static Arbitrary<Optional<Answer>> answer(QuestionSpec question) {
		Arbitrary<Answer> known = known(question);
		Arbitrary<Optional<Answer>> given = known.map(Optional::of);
		Arbitrary<Optional<Answer>> missing = Arbitraries.just(Optional.empty());
		if (question.type() == QuestionType.SINGLE && question.hasOption(Answer.DONT_KNOW)) {
			Arbitrary<Optional<Answer>> dontKnow = Arbitraries.just(Optional.of(Answer.choice(Answer.DONT_KNOW)));
			return Arbitraries.frequencyOf(Tuple.of(7, given), Tuple.of(2, dontKnow),
					Tuple.of(1, missing));
		}
		return Arbitraries.frequencyOf(Tuple.of(8, given), Tuple.of(1, missing));
	}

	/** The known values of a question. */
	static Arbitrary<Answer> known(QuestionSpec question) {
		List<String> options = question.options().stream().filter(option -> !Answer.DONT_KNOW.equals(option)).toList();
		return switch (question.type()) {
			case SINGLE -> Arbitraries.of(options).map(Answer::choice);
			case MULTIPLE -> Arbitraries.subsetOf(options).ofMinSize(1).ofMaxSize(4).map(set -> ordered(question, set));
			case NUMBER -> Arbitraries.of(COUNTS).map(Answer::number);
			case CHECKLIST -> Arbitraries.of(options).list().ofSize(question.lines().size()).map(levels -> {
				Map<String, String> map = new LinkedHashMap<>();
				for (int i = 0; i < levels.size(); i++) {
					map.put(question.lines().get(i), levels.get(i));
				}
				return new Answer.Checklist(map);
			});
		};
	}

	private static Answer ordered(QuestionSpec question, Set<String> set) {
		Set<String> ordered = new LinkedHashSet<>();
		question.options().stream().filter(set::contains).forEach(ordered::add);
		return new Answer.Choices(ordered);
	}

	/** The same kind of answer sets from a seeded generator, for a run in another JVM to compare with. */
	static List<Answers> seeded(Ruleset ruleset, long seed, int count) {
		Random random = new Random(seed);
		List<Answers> sets = new ArrayList<>();
		for (int n = 0; n < count; n++) {
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
			sets.add(Answers.of(map));
		}
		return sets;
	}
}
