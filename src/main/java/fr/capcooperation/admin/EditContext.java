package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.answers.AnswerError;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.answers.ReadAnswers;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.GraduatedPath;
import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.RuleKind;
import tools.jackson.core.JacksonException;

/**
 * What an edit form is checked against: the draft (keys that exist, the choices of the select
 * fields), its catalogue (reference scenarios' answers), and the back-office's words.
 */
record EditContext(CatalogContent draft, @Nullable Catalog draftCatalog, ItemTexts texts) {

	/** A message code and its arguments, for {@code rejectValue}. */
	record Problem(String code, Object[] args) {
	}

	/** The choices of a select field, key to label. */
	Map<String, String> choices(ItemType type, String field) {
		Map<String, String> choices = new LinkedHashMap<>();
		switch (field) {
			case "form", "expectedFirst" -> draft.forms().forEach(form -> choices.put(form.key(), form.name()));
			case "family" -> draft.families().forEach(family -> choices.put(family.key(), family.name()));
			case "kind" -> {
				for (RuleKind kind : RuleKind.values()) {
					choices.put(kind.name(), message("admin.kind." + kind.name()));
				}
			}
			case "type" -> {
				for (QuestionType questionType : QuestionType.values()) {
					choices.put(questionType.name(), message("admin.questionType." + questionType.name()));
				}
			}
			// the graduated path: its question (a single choice), and its steps (that question's options)
			case "ladderQuestion" -> draft.questions()
				.stream()
				.filter(question -> question.type() == QuestionType.SINGLE)
				.forEach(question -> choices.put(question.key(), question.label()));
			case "step", "structureFrom" -> {
				GraduatedPath path = draft.graduatedPath();
				String ladder = path == null ? "" : path.ladderQuestion();
				draft.questions()
					.stream()
					.filter(question -> question.key().equals(ladder))
					.flatMap(question -> question.options().stream())
					.filter(option -> !Answer.DONT_KNOW.equals(option.key()))
					.forEach(option -> choices.put(option.key(), option.label()));
			}
			default -> {
			}
		}
		return choices;
	}

	/** The keys a list of lines may name (notions of a form or question, forms of a scenario); null when any text goes. */
	@Nullable Set<String> knownKeys(String field) {
		return switch (field) {
			case "notions" -> keys(draft.notions().stream().map(Notion::key).toList());
			case "expectedExcluded", "expectedPossible" -> keys(draft.forms().stream().map(CooperationForm::key).toList());
			case "keyPrerequisites" -> keys(draft.prerequisites().stream().map(Prerequisite::key).toList());
			case "weakLevels" -> keys(draft.questions()
				.stream()
				.filter(question -> question.type() == QuestionType.CHECKLIST)
				.flatMap(question -> question.options().stream())
				.map(Option::key)
				.toList());
			default -> null;
		};
	}

	private static Set<String> keys(List<String> keys) {
		return new LinkedHashSet<>(keys);
	}

	/** The names a list of keys may name, key to name, in the content's order (the check boxes of such a field). */
	Map<String, String> keyNames(String field) {
		Map<String, String> names = new LinkedHashMap<>();
		switch (field) {
			case "notions" -> draft.notions().forEach(notion -> names.put(notion.key(), notion.name()));
			case "expectedExcluded", "expectedPossible" -> draft.forms().forEach(form -> names.put(form.key(), form.name()));
			case "keyPrerequisites" -> draft.prerequisites().forEach(prerequisite -> names.put(prerequisite.key(), prerequisite.label()));
			case "weakLevels" -> draft.questions()
				.stream()
				.filter(question -> question.type() == QuestionType.CHECKLIST)
				.flatMap(question -> question.options().stream())
				.forEach(option -> names.putIfAbsent(option.key(), option.label()));
			default -> {
			}
		}
		return names;
	}

	/** The name of a key in such a list, or the key itself when nothing has it. */
	String keyName(String field, String key) {
		return keyNames(field).getOrDefault(key, key);
	}

	/** What is wrong with answers typed as JSON, if anything. */
	Optional<Problem> answersProblem(String json) {
		Map<String, Object> answers;
		try {
			answers = answers(json);
		}
		catch (JacksonException | ClassCastException ex) {
			return Optional.of(new Problem("admin.edit.error.json", new Object[0]));
		}
		if (draftCatalog == null) {
			return Optional.empty();
		}
		ReadAnswers read = AnswerJson.read(draftCatalog, answers);
		if (read.valid()) {
			return Optional.empty();
		}
		AnswerError error = read.errors().get(0);
		return Optional.of(new Problem("admin.edit.error.answers",
				new Object[] { error.field(), message(error.code(), error.args().toArray()) }));
	}

	/** Answers typed as a JSON object ({@code null} alone is no object: refused as the wrong type). */
	@SuppressWarnings("unchecked")
	static Map<String, Object> answers(String json) {
		Map<String, Object> answers = ItemTexts.JSON.readValue(json.isBlank() ? "{}" : json, LinkedHashMap.class);
		if (answers == null) {
			throw new ClassCastException("the answers are null, not an object");
		}
		return answers;
	}

	/**
	 * Answers typed as JSON, in words, one a line: each question's label and the labels of the
	 * options chosen (a grid: each prerequisite's label and its level); the JSON as it is when it
	 * cannot be read.
	 */
	String answersText(String json) {
		Map<String, Object> answers;
		try {
			answers = answers(json);
		}
		catch (JacksonException | ClassCastException ex) {
			return json;
		}
		List<String> lines = new ArrayList<>();
		answers.forEach((key, value) -> {
			Optional<CatalogContent.Question> question = draft.questions().stream().filter(q -> q.key().equals(key)).findFirst();
			lines.add(question.map(CatalogContent.Question::label).orElse(key) + " : " + answerText(question.orElse(null), value));
		});
		return String.join("\n", lines);
	}

	private String answerText(CatalogContent.@Nullable Question question, @Nullable Object value) {
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(item -> answerText(question, item)).toList());
		}
		if (value instanceof Map<?, ?> grid) {
			List<String> rated = new ArrayList<>();
			grid.forEach((line, level) -> rated.add(draft.prerequisites()
				.stream()
				.filter(prerequisite -> prerequisite.key().equals(line))
				.findFirst()
				.map(Prerequisite::label)
				.orElse(String.valueOf(line)) + " : " + answerText(question, level)));
			return String.join(" ; ", rated);
		}
		String text = String.valueOf(value);
		return question == null ? text
				: question.options().stream().filter(option -> option.key().equals(text)).findFirst().map(Option::label).orElse(text);
	}

	String message(String code, @Nullable Object... args) {
		return texts.message(code, args);
	}
}
