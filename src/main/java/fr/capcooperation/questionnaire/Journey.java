package fr.capcooperation.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionSpec;

/**
 * A respondent's journey through the questionnaire of one catalogue version: the answers given
 * (even to questions now hidden, so that nothing typed is lost) and what is shown next.
 */
public record Journey(String token, Catalog catalog, Answers answers, @Nullable Instant completedAt) {

	/** The questions shown given the answers, in order. */
	public List<Question> visibleQuestions() {
		return catalog.ruleset()
			.visibleQuestions(answers)
			.stream()
			.map(QuestionSpec::key)
			.map(key -> catalog.question(key).orElseThrow())
			.toList();
	}

	public boolean isVisible(String questionKey) {
		return visibleQuestions().stream().anyMatch(question -> question.key().equals(questionKey));
	}

	public int position(String questionKey) {
		List<Question> visible = visibleQuestions();
		for (int i = 0; i < visible.size(); i++) {
			if (visible.get(i).key().equals(questionKey)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The first shown question without an answer. */
	public Optional<Question> firstUnanswered() {
		return visibleQuestions().stream().filter(question -> !answers.has(question.key())).findFirst();
	}

	public Optional<Question> after(String questionKey) {
		List<Question> visible = visibleQuestions();
		int position = position(questionKey);
		return position > 0 && position < visible.size() ? Optional.of(visible.get(position)) : Optional.empty();
	}

	public Optional<Question> before(String questionKey) {
		List<Question> visible = visibleQuestions();
		int position = position(questionKey);
		return position > 1 ? Optional.of(visible.get(position - 2)) : Optional.empty();
	}

	public boolean isComplete() {
		return firstUnanswered().isEmpty();
	}
}
