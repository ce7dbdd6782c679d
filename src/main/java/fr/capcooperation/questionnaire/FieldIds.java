package fr.capcooperation.questionnaire;

import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.QuestionType;

/**
 * Element ids of a question page, shared by the template ({@code ${ids}}) and the error summary,
 * so that every error links to its field and every field is described by its error.
 */
public final class FieldIds {

	static String first(Question question, String field) {
		return question.type() == QuestionType.NUMBER ? input(field) : option(field, question.options().get(0).key());
	}

	static String input(String field) {
		return "q-" + field.replace('.', '-');
	}

	static String option(String field, String option) {
		return input(field) + "-" + option;
	}

	public String forInput(String field) {
		return input(field);
	}

	public String forOption(String field, String option) {
		return option(field, option);
	}

	public String forError(String field) {
		return input(field) + "-error";
	}

	public String forHint(String field) {
		return input(field) + "-hint";
	}
}
