package fr.capcooperation.answers;

import java.util.List;
import java.util.Optional;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionSpec;

/**
 * Where a set of answers stands in a catalogue version's questionnaire: the questions shown
 * (a question hidden by an answer is skipped), the first one without an answer, the next and
 * the previous. Pure and immutable: the questionnaire, the group questionnaire, « Et si… ? » and
 * the back-office preview all move through the questions with it.
 */
public final class QuestionnaireFlow {

	private final Catalog catalog;
	private final Answers answers;
	private final List<Question> visible;

	public QuestionnaireFlow(Catalog catalog, Answers answers) {
		this.catalog = catalog;
		this.answers = answers;
		this.visible = catalog.ruleset()
			.visibleQuestions(answers)
			.stream()
			.map(QuestionSpec::key)
			.map(key -> catalog.question(key).orElseThrow())
			.toList();
	}

	public Catalog catalog() {
		return catalog;
	}

	public Answers answers() {
		return answers;
	}

	/** The questions shown given the answers, in order. */
	public List<Question> visibleQuestions() {
		return visible;
	}

	public boolean isVisible(String questionKey) {
		return position(questionKey) > 0;
	}

	/** The question's place among those shown, from 1; 0 when it is not shown. */
	public int position(String questionKey) {
		for (int i = 0; i < visible.size(); i++) {
			if (visible.get(i).key().equals(questionKey)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The first shown question without an answer. */
	public Optional<Question> firstUnanswered() {
		return visible.stream().filter(question -> !answers.has(question.key())).findFirst();
	}

	/** The next shown question after this one, answered or not. */
	public Optional<Question> after(String questionKey) {
		int position = position(questionKey);
		return position > 0 && position < visible.size() ? Optional.of(visible.get(position)) : Optional.empty();
	}

	/** The shown question before this one. */
	public Optional<Question> before(String questionKey) {
		int position = position(questionKey);
		return position > 1 ? Optional.of(visible.get(position - 2)) : Optional.empty();
	}

	/** The next shown question without an answer after this one, else the first one without an answer. */
	public Optional<Question> nextUnanswered(String questionKey) {
		for (int i = position(questionKey); i > 0 && i < visible.size(); i++) {
			if (!answers.has(visible.get(i).key())) {
				return Optional.of(visible.get(i));
			}
		}
		return firstUnanswered();
	}

	/** The last shown question. */
	public Question last() {
		return visible.get(visible.size() - 1);
	}

	public boolean isComplete() {
		return firstUnanswered().isEmpty();
	}
}
