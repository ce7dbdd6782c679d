package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionType;

/**
 * The group questionnaire keeps no state on the server: the room's answers travel in the
 * address, in the questionnaire's own form fields ({@code integration=structurer},
 * {@code readiness.besoins=oui}), so that the trainer can go back, reload or bookmark. Unlike
 * a respondent, a room may rate only some of the prerequisites, or skip them: the lines rated
 * count, and a grid skipped with none rated is written {@code passer=readiness}.
 */
final class GroupAnswers {

	/** The field that says a prerequisites grid was skipped (also the name of the "Passer cette étape" button). */
	static final String SKIPPED = "passer";

	private GroupAnswers() {
	}

	/** The room's answers in the parameters: the valid ones, a partly rated grid, a skipped grid; anything else is ignored. */
	static Answers read(Catalog catalog, Map<String, String[]> parameters) {
		Answers answers = AnswerFields.readValid(catalog, parameters);
		Set<String> skipped = Set.copyOf(Arrays.asList(parameters.getOrDefault(SKIPPED, new String[0])));
		for (Question question : catalog.questions()) {
			if (question.type() != QuestionType.CHECKLIST || answers.has(question.key())) {
				continue;
			}
			Answer partial = AnswerFields.present(question, parameters)
					? AnswerFields.read(catalog, question, parameters).answer() : null;
			if (partial instanceof Answer.Checklist rated && !rated.levels().isEmpty()) {
				answers = answers.with(question.key(), rated);
			}
			else if (skipped.contains(question.key())) {
				answers = answers.with(question.key(), new Answer.Checklist(Map.of()));
			}
		}
		return answers;
	}

	/** The answers as fields (hidden inputs, query parameters), leaving out one question if given. */
	static List<AnswerFields.Field> fields(Answers answers, String exceptQuestion) {
		List<AnswerFields.Field> fields = new ArrayList<>(AnswerFields.fields(answers, exceptQuestion));
		answers.asMap().forEach((key, answer) -> {
			if (!key.equals(exceptQuestion) && answer instanceof Answer.Checklist grid && grid.levels().isEmpty()) {
				fields.add(new AnswerFields.Field(SKIPPED, key));
			}
		});
		return fields;
	}

	/** A path with the answers in its query string. */
	static String url(String path, Answers answers) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		for (AnswerFields.Field field : fields(answers, "")) {
			builder.queryParam(field.name(), field.value());
		}
		return builder.encode().build().toUriString();
	}
}
