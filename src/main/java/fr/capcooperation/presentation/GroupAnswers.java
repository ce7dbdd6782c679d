package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/**
 * The group questionnaire keeps no state on the server: the room's answers travel in the
 * address, in the questionnaire's own form fields ({@code integration=structurer},
 * {@code readiness.besoins=oui}), so that the trainer can go back, reload or bookmark.
 */
final class GroupAnswers {

	/** One form field carried from slide to slide. */
	record Field(String name, String value) {
	}

	private GroupAnswers() {
	}

	/** The valid answers found in the parameters; anything invalid is ignored. */
	static Answers read(Catalog catalog, Map<String, String[]> parameters) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			if (!present(question, parameters)) {
				continue;
			}
			AnswerReader.Result result = AnswerReader.readForm(catalog, question, parameters);
			if (result.valid() && result.answer() != null) {
				answers.put(question.key(), result.answer());
			}
		}
		return Answers.of(answers);
	}

	private static boolean present(Question question, Map<String, String[]> parameters) {
		String prefix = question.key() + ".";
		return parameters.containsKey(question.key())
				|| parameters.keySet().stream().anyMatch(name -> name.startsWith(prefix));
	}

	/** The answers as form fields, leaving out one question (the one being asked), if given. */
	static List<Field> fields(Answers answers, String except) {
		List<Field> fields = new ArrayList<>();
		answers.asMap().forEach((key, answer) -> {
			if (key.equals(except)) {
				return;
			}
			if (answer instanceof Answer.Choice choice) {
				fields.add(new Field(key, choice.option()));
			}
			else if (answer instanceof Answer.Choices choices) {
				choices.options().forEach(option -> fields.add(new Field(key, option)));
			}
			else if (answer instanceof Answer.Number number) {
				fields.add(new Field(key, String.valueOf(number.value())));
			}
			else if (answer instanceof Answer.Checklist checklist) {
				checklist.levels().forEach((line, level) -> fields.add(new Field(key + "." + line, level)));
			}
		});
		return fields;
	}

	/** A path with the answers in its query string. */
	static String url(String path, Answers answers) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		for (Field field : fields(answers, "")) {
			builder.queryParam(field.name(), field.value());
		}
		return builder.encode().build().toUriString();
	}
}
