package fr.capcooperation.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import fr.capcooperation.answers.AnswerError;
import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.answers.ReadAnswer;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionType;

/**
 * "Et si… ?": the saved answers with some of them changed, carried in a query string
 * ({@code ?duration=determinee&partners=associations&partners=public}) and never saved.
 * Only the questions that weigh on the ranking can change (the readiness checklist cannot). A
 * value that is not a valid answer is left out, with its error for the form that posted it.
 */
record WhatIf(Answers saved, Answers answers, Map<String, List<String>> changes, Map<String, AnswerError> errors) {

	/** The questions a what-if can change, among those shown for the answers. */
	static List<Question> changeable(QuestionnaireFlow flow) {
		return flow.visibleQuestions().stream().filter(question -> question.type() != QuestionType.CHECKLIST).toList();
	}

	/**
	 * The saved answers with every valid change found in the parameters; a value that is not a
	 * valid answer, or that equals the saved one, is left out.
	 */
	static WhatIf of(Catalog catalog, Answers saved, Map<String, String[]> parameters) {
		Answers answers = saved;
		Map<String, List<String>> changes = new LinkedHashMap<>();
		Map<String, AnswerError> errors = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			if (question.type() == QuestionType.CHECKLIST || !parameters.containsKey(question.key())) {
				continue;
			}
			ReadAnswer read = AnswerFields.read(catalog, question, parameters);
			Answer answer = read.answer();
			if (!read.errors().isEmpty()) {
				errors.put(question.key(), read.errors().get(0));
				continue;
			}
			if (answer == null || answer.equals(saved.get(question.key()).orElse(null))) {
				continue;
			}
			answers = answers.with(question.key(), answer);
			changes.put(question.key(), AnswerFields.values(question.key(), answer).getOrDefault(question.key(), List.of()));
		}
		return new WhatIf(saved, answers, changes, errors);
	}

	public boolean changed() {
		return !changes.isEmpty();
	}

	/** The current value(s) of every question, for the forms' checked options. */
	Map<String, List<String>> values() {
		return AnswerFields.values(answers);
	}

	/** The changes other than this question's, as hidden fields to carry in its form. */
	public List<Map.Entry<String, String>> carriedExcept(String questionKey) {
		List<Map.Entry<String, String>> carried = new ArrayList<>();
		changes.forEach((key, values) -> {
			if (!key.equals(questionKey)) {
				values.forEach(value -> carried.add(Map.entry(key, value)));
			}
		});
		return carried;
	}

	/** The GET address of this what-if. */
	String url(String token) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/questionnaire/{token}/resultat/et-si");
		changes.forEach((key, values) -> builder.queryParam(key, values.toArray()));
		return builder.buildAndExpand(token).encode().toUriString();
	}
}
