package fr.capcooperation.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/**
 * The one codec between answers and JSON values: a string for a single choice, a list of
 * strings for a multiple choice, an integer for a number, an object of levels by line for the
 * readiness checklist ({@code {"integration": "structurer", "readiness": {"besoins": "oui"}}}).
 * The API reads and writes it, journeys are stored in it, reference scenarios are written in it.
 */
public final class AnswerJson {

	private AnswerJson() {
	}

	/**
	 * Answers from JSON values by question key, as a JSON parser gives them (String, List,
	 * Integer, Map), checked; questions left out are unanswered; a checklist may be partial.
	 */
	public static ReadAnswers read(Catalog catalog, Map<String, ?> values) {
		return AnswerReader.readJson(catalog, values);
	}

	/** The JSON values of answers, as {@link #read} reads them. */
	public static Map<String, Object> write(Answers answers) {
		Map<String, Object> json = new LinkedHashMap<>();
		answers.asMap().forEach((key, answer) -> json.put(key, write(answer)));
		return json;
	}

	/** The JSON value of one answer. */
	public static Object write(Answer answer) {
		if (answer instanceof Answer.Choice choice) {
			return choice.option();
		}
		if (answer instanceof Answer.Choices choices) {
			return List.copyOf(choices.options());
		}
		if (answer instanceof Answer.Number number) {
			return number.value();
		}
		return ((Answer.Checklist) answer).levels();
	}
}
