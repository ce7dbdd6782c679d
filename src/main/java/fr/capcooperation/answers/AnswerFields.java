package fr.capcooperation.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/**
 * The one codec between answers and HTML form fields. A question's field is named after its key
 * ({@code integration=structurer}, one field per option chosen for a multiple choice); each line
 * of the readiness checklist has its own field ({@code readiness.besoins=oui}). Every page that
 * shows, carries or reads answers in a form goes through here: the questionnaire, the group
 * questionnaire, « Et si… ? » and the back-office preview.
 */
public final class AnswerFields {

	/** One form field: its name and one value. */
	public record Field(String name, String value) {
	}

	private AnswerFields() {
	}

	/** One question's answer from the form parameters, checked; every line of a checklist is required. */
	public static ReadAnswer read(Catalog catalog, Question question, Map<String, String[]> parameters) {
		return AnswerReader.readForm(catalog, question, parameters);
	}

	/**
	 * The valid answers among the parameters, for every question that has a field there; an
	 * invalid value is left out (the group questionnaire carries its answers in the address).
	 */
	public static Answers readValid(Catalog catalog, Map<String, String[]> parameters) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			if (!present(question, parameters)) {
				continue;
			}
			ReadAnswer read = read(catalog, question, parameters);
			if (read.valid() && read.answer() != null) {
				answers.put(question.key(), read.answer());
			}
		}
		return Answers.of(answers);
	}

	/** Whether the parameters hold a field of the question, even an empty one. */
	public static boolean present(Question question, Map<String, String[]> parameters) {
		String prefix = question.key() + ".";
		return parameters.containsKey(question.key())
				|| parameters.keySet().stream().anyMatch(name -> name.startsWith(prefix));
	}

	/** One answer's values by field name, for the options to show checked and the numbers typed. */
	public static Map<String, List<String>> values(String questionKey, Answer answer) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (answer instanceof Answer.Choice choice) {
			values.put(questionKey, List.of(choice.option()));
		}
		else if (answer instanceof Answer.Choices choices) {
			values.put(questionKey, List.copyOf(choices.options()));
		}
		else if (answer instanceof Answer.Number number) {
			values.put(questionKey, List.of(Integer.toString(number.value())));
		}
		else if (answer instanceof Answer.Checklist checklist) {
			checklist.levels().forEach((line, level) -> values.put(lineField(questionKey, line), List.of(level)));
		}
		return values;
	}

	/** Every answer's values by field name. */
	public static Map<String, List<String>> values(Answers answers) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		answers.asMap().forEach((key, answer) -> values.putAll(values(key, answer)));
		return values;
	}

	/** The answers as fields (hidden inputs, query parameters), leaving out one question if given. */
	public static List<Field> fields(Answers answers, String exceptQuestion) {
		List<Field> fields = new ArrayList<>();
		answers.asMap().forEach((key, answer) -> {
			if (!key.equals(exceptQuestion)) {
				values(key, answer).forEach((name, list) -> list.forEach(value -> fields.add(new Field(name, value))));
			}
		});
		return fields;
	}

	/** The field of one line of a checklist question. */
	public static String lineField(String questionKey, String line) {
		return questionKey + "." + line;
	}
}
