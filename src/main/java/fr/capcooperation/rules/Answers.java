package fr.capcooperation.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * An immutable set of answers, by question key. A question without an entry is unanswered. The
 * answers the engine evaluates under a graduated path also know which questions were hidden:
 * a question never shown has its implied answer, "none of these", so conditions on it are false
 * rather than unknown (see {@link Ruleset#applicable}).
 */
public final class Answers {

	private static final Answers EMPTY = new Answers(Map.of());

	private final Map<String, Answer> byQuestion;
	private final Set<String> hidden;

	private Answers(Map<String, Answer> byQuestion) {
		this(byQuestion, Set.of());
	}

	private Answers(Map<String, Answer> byQuestion, Set<String> hidden) {
		this.byQuestion = byQuestion;
		this.hidden = hidden;
	}

	public static Answers of(Map<String, ? extends Answer> answers) {
		return new Answers(Collections.unmodifiableMap(new LinkedHashMap<>(answers)));
	}

	/** A live view over a map the caller keeps filling (for the engine's own loops). */
	static Answers view(Map<String, Answer> answers) {
		return new Answers(answers);
	}

	/** A live view over a map and a set of hidden questions the caller keeps filling. */
	static Answers view(Map<String, Answer> answers, Set<String> hidden) {
		return new Answers(answers, hidden);
	}

	/** These answers with a few replaced, sharing the rest (for the engine's searches). */
	Answers overlay(Map<String, @Nullable Answer> replacements) {
		return new Answers(new OverlayMap(byQuestion, replacements), hidden);
	}

	/** These answers with a few replaced and another set of hidden questions (for the engine's searches). */
	Answers overlay(Map<String, @Nullable Answer> replacements, Set<String> hiddenQuestions) {
		return new Answers(new OverlayMap(byQuestion, replacements), hiddenQuestions);
	}

	/** Whether the question was hidden by its display condition (only under a graduated path). */
	boolean isHidden(String questionKey) {
		return hidden.contains(questionKey);
	}

	/** The questions hidden by their display condition (only under a graduated path). */
	Set<String> hidden() {
		return hidden;
	}

	/** What a condition on a question without a known answer is: false if never shown, else unknown. */
	Truth withoutAnswer(String questionKey) {
		return hidden.contains(questionKey) ? Truth.FALSE : Truth.UNKNOWN;
	}

	public static Answers empty() {
		return EMPTY;
	}

	public static Answers build(Consumer<Map<String, Answer>> filler) {
		Map<String, Answer> map = new LinkedHashMap<>();
		filler.accept(map);
		return of(map);
	}

	public Optional<Answer> get(String questionKey) {
		return Optional.ofNullable(byQuestion.get(questionKey));
	}

	/** The answer if it is known, otherwise null (missing or "Je ne sais pas"). */
	@Nullable Answer known(String questionKey) {
		Answer answer = byQuestion.get(questionKey);
		return answer != null && answer.isKnown() ? answer : null;
	}

	public boolean has(String questionKey) {
		return byQuestion.get(questionKey) != null;
	}

	public Map<String, Answer> asMap() {
		return byQuestion;
	}

	/** A copy with one answer replaced (or removed when {@code answer} is null). */
	public Answers with(String questionKey, Answer answer) {
		Map<String, Answer> copy = new LinkedHashMap<>(byQuestion);
		if (answer == null) {
			copy.remove(questionKey);
		}
		else {
			copy.put(questionKey, answer);
		}
		return new Answers(Collections.unmodifiableMap(copy));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers that && byQuestion.equals(that.byQuestion);
	}

	@Override
	public int hashCode() {
		return byQuestion.hashCode();
	}

	@Override
	public String toString() {
		return byQuestion.toString();
	}
}
