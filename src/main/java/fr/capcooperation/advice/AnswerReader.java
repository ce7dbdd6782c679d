package fr.capcooperation.advice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/**
 * Reads and checks answers against a catalogue version's questions, from an HTML form (one
 * question at a time, field names are question keys, {@code readiness.<line>} for the
 * checklist) or from JSON values (the API and the stored answers).
 */
public final class AnswerReader {

	static final int MAX_NUMBER_LENGTH = 12;

	private AnswerReader() {
	}

	/** One question's answer from form parameters; every line of a checklist is required. */
	public static Result readForm(Catalog catalog, Question question, Map<String, String[]> parameters) {
		return switch (question.type()) {
			case SINGLE -> single(question, values(parameters, question.key()));
			case MULTIPLE -> multiple(question, values(parameters, question.key()), question.key());
			case NUMBER -> number(question, values(parameters, question.key()));
			case CHECKLIST -> checklistForm(catalog, question, parameters);
		};
	}

	/**
	 * Answers from JSON values by question key (String, List, Integer, Map as a JSON parser gives
	 * them). Questions left out are unanswered; a checklist may be partial.
	 */
	public static ReadAnswers readJson(Catalog catalog, Map<String, ?> values) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		List<AnswerError> errors = new ArrayList<>();
		values.forEach((key, value) -> {
			Question question = catalog.question(key).orElse(null);
			if (question == null) {
				errors.add(AnswerError.of(key, "answer.question.unknown", key));
				return;
			}
			Result result = json(catalog, question, value);
			if (result.answer() != null) {
				answers.put(key, result.answer());
			}
			errors.addAll(result.errors());
		});
		return new ReadAnswers(Answers.of(answers), errors);
	}

	/** The JSON form of answers, as {@link #readJson} reads them. */
	public static Map<String, Object> toJson(Answers answers) {
		Map<String, Object> json = new LinkedHashMap<>();
		answers.asMap().forEach((key, answer) -> json.put(key, toJson(answer)));
		return json;
	}

	private static Object toJson(Answer answer) {
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

	private static Result json(Catalog catalog, Question question, @Nullable Object value) {
		String field = question.key();
		if (value == null) {
			return Result.error(AnswerError.of(field, "answer.type." + typeCode(question)));
		}
		return switch (question.type()) {
			case SINGLE -> value instanceof String text ? single(question, List.of(text))
					: Result.error(AnswerError.of(field, "answer.type.single"));
			case MULTIPLE -> {
				if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
					yield Result.error(AnswerError.of(field, "answer.type.multiple"));
				}
				yield multiple(question, list.stream().map(String.class::cast).toList(), field);
			}
			case NUMBER -> {
				if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
					yield number(question, List.of(value.toString()));
				}
				if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
					yield Result.error(AnswerError.of(field, "answer.number.invalid"));
				}
				yield Result.error(AnswerError.of(field, "answer.type.number"));
			}
			case CHECKLIST -> {
				if (!(value instanceof Map<?, ?> map)) {
					yield Result.error(AnswerError.of(field, "answer.type.checklist"));
				}
				yield checklistJson(catalog, question, map);
			}
		};
	}

	private static String typeCode(Question question) {
		return question.type().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static List<String> values(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null) {
			return List.of();
		}
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				kept.add(value.strip());
			}
		}
		return kept;
	}

	private static Result single(Question question, List<String> values) {
		if (values.isEmpty()) {
			return Result.error(AnswerError.of(question.key(), "answer.required.single"));
		}
		if (values.size() > 1) {
			return Result.error(AnswerError.of(question.key(), "answer.single.many"));
		}
		String value = values.get(0);
		if (!hasOption(question.options(), value)) {
			return Result.error(AnswerError.of(question.key(), "answer.option.unknown", shorten(value)));
		}
		return Result.ok(new Answer.Choice(value));
	}

	private static Result multiple(Question question, List<String> values, String field) {
		if (values.isEmpty()) {
			return Result.error(AnswerError.of(field, "answer.required.multiple"));
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String value : values) {
			if (!hasOption(question.options(), value) || Answer.DONT_KNOW.equals(value)) {
				return Result.error(AnswerError.of(field, "answer.option.unknown", shorten(value)));
			}
		}
		// keep the catalogue's order, whatever the order of the request
		for (Option option : question.options()) {
			if (values.contains(option.key())) {
				chosen.add(option.key());
			}
		}
		return Result.ok(new Answer.Choices(chosen));
	}

	private static Result number(Question question, List<String> values) {
		if (values.isEmpty()) {
			return Result.error(AnswerError.of(question.key(), "answer.required.number"));
		}
		if (values.size() > 1) {
			return Result.error(AnswerError.of(question.key(), "answer.single.many"));
		}
		String text = values.get(0).replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (text.isEmpty() || text.length() > MAX_NUMBER_LENGTH || !text.matches("[+-]?[0-9]+")) {
			return Result.error(AnswerError.of(question.key(), "answer.number.invalid"));
		}
		long value = Long.parseLong(text);
		int min = question.min() == null ? Integer.MIN_VALUE : question.min();
		int max = question.max() == null ? Integer.MAX_VALUE : question.max();
		if (value < min || value > max) {
			return Result.error(AnswerError.of(question.key(), "answer.number.range", min, max));
		}
		return Result.ok(new Answer.Number((int) value));
	}

	private static Result checklistForm(Catalog catalog, Question question, Map<String, String[]> parameters) {
		Map<String, String> levels = new LinkedHashMap<>();
		List<AnswerError> errors = new ArrayList<>();
		for (Prerequisite line : catalog.prerequisites()) {
			String field = question.key() + "." + line.key();
			List<String> values = values(parameters, field);
			if (values.isEmpty()) {
				errors.add(AnswerError.of(field, "answer.required.line", line.label()));
			}
			else if (values.size() > 1) {
				errors.add(AnswerError.of(field, "answer.single.many"));
			}
			else if (!hasOption(question.options(), values.get(0))) {
				errors.add(AnswerError.of(field, "answer.option.unknown", shorten(values.get(0))));
			}
			else {
				levels.put(line.key(), values.get(0));
			}
		}
		return new Result(new Answer.Checklist(levels), errors);
	}

	private static Result checklistJson(Catalog catalog, Question question, Map<?, ?> map) {
		Map<String, String> levels = new LinkedHashMap<>();
		List<AnswerError> errors = new ArrayList<>();
		map.forEach((line, level) -> {
			String field = question.key() + "." + line;
			if (!(line instanceof String key) || catalog.prerequisite(key).isEmpty()) {
				errors.add(AnswerError.of(field, "answer.line.unknown", shorten(String.valueOf(line))));
			}
			else if (!(level instanceof String value)) {
				errors.add(AnswerError.of(field, "answer.type.single"));
			}
			else if (!hasOption(question.options(), value)) {
				errors.add(AnswerError.of(field, "answer.option.unknown", shorten(value)));
			}
			else {
				levels.put(key, value);
			}
		});
		Map<String, String> ordered = new LinkedHashMap<>();
		catalog.prerequisites().forEach(line -> {
			if (levels.containsKey(line.key())) {
				ordered.put(line.key(), levels.get(line.key()));
			}
		});
		return new Result(ordered.isEmpty() ? null : new Answer.Checklist(ordered), errors);
	}

	private static boolean hasOption(List<Option> options, String key) {
		return options.stream().anyMatch(option -> option.key().equals(key));
	}

	/** Echoes a bad value back without flooding the page with it. */
	private static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	/** One answer read, or null with the errors. */
	public record Result(@Nullable Answer answer, List<AnswerError> errors) {

		public Result {
			errors = List.copyOf(errors);
		}

		static Result ok(Answer answer) {
			return new Result(answer, List.of());
		}

		static Result error(AnswerError error) {
			return new Result(null, List.of(error));
		}

		public boolean valid() {
			return errors.isEmpty();
		}
	}
}
