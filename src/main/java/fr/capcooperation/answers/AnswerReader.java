package fr.capcooperation.answers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * checklist) or from JSON values (the API and the stored answers). Reached through the two
 * codecs, {@link AnswerFields} and {@link AnswerJson}.
 */
final class AnswerReader {

	static final int MAX_NUMBER_LENGTH = 12;

	private AnswerReader() {
	}

	/** One question's answer from form parameters; every line of a checklist is required. */
	static ReadAnswer readForm(Catalog catalog, Question question, Map<String, String[]> parameters) {
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
	static ReadAnswers readJson(Catalog catalog, Map<String, ?> values) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		List<AnswerError> errors = new ArrayList<>();
		values.forEach((key, value) -> {
			Question question = catalog.question(key).orElse(null);
			if (question == null) {
				errors.add(AnswerError.of(key, "answer.question.unknown", key));
				return;
			}
			ReadAnswer result = json(catalog, question, value);
			if (result.answer() != null) {
				answers.put(key, result.answer());
			}
			errors.addAll(result.errors());
		});
		return new ReadAnswers(Answers.of(answers), errors);
	}

	private static ReadAnswer json(Catalog catalog, Question question, @Nullable Object value) {
		String field = question.key();
		if (value == null) {
			return ReadAnswer.error(AnswerError.of(field, "answer.type." + typeCode(question)));
		}
		return switch (question.type()) {
			case SINGLE -> value instanceof String text ? single(question, List.of(text))
					: ReadAnswer.error(AnswerError.of(field, "answer.type.single"));
			case MULTIPLE -> {
				if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
					yield ReadAnswer.error(AnswerError.of(field, "answer.type.multiple"));
				}
				yield multiple(question, list.stream().map(String.class::cast).toList(), field);
			}
			case NUMBER -> {
				if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
					yield number(question, List.of(value.toString()));
				}
				if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
					yield ReadAnswer.error(AnswerError.of(field, "answer.number.invalid"));
				}
				yield ReadAnswer.error(AnswerError.of(field, "answer.type.number"));
			}
			case CHECKLIST -> {
				if (!(value instanceof Map<?, ?> map)) {
					yield ReadAnswer.error(AnswerError.of(field, "answer.type.checklist"));
				}
				yield checklistJson(catalog, question, map);
			}
		};
	}

	private static String typeCode(Question question) {
		return question.type().name().toLowerCase(Locale.ROOT);
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

	private static ReadAnswer single(Question question, List<String> values) {
		if (values.isEmpty()) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.required.single"));
		}
		if (values.size() > 1) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.single.many"));
		}
		String value = values.get(0);
		if (!hasOption(question.options(), value)) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.option.unknown", shorten(value)));
		}
		return ReadAnswer.ok(new Answer.Choice(value));
	}

	private static ReadAnswer multiple(Question question, List<String> values, String field) {
		if (values.isEmpty()) {
			return ReadAnswer.error(AnswerError.of(field, "answer.required.multiple"));
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String value : values) {
			if (!hasOption(question.options(), value) || Answer.DONT_KNOW.equals(value)) {
				return ReadAnswer.error(AnswerError.of(field, "answer.option.unknown", shorten(value)));
			}
		}
		// keep the catalogue's order, whatever the order of the request
		for (Option option : question.options()) {
			if (values.contains(option.key())) {
				chosen.add(option.key());
			}
		}
		return ReadAnswer.ok(new Answer.Choices(chosen));
	}

	private static ReadAnswer number(Question question, List<String> values) {
		if (values.isEmpty()) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.required.number"));
		}
		if (values.size() > 1) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.single.many"));
		}
		String text = values.get(0).replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (text.isEmpty() || text.length() > MAX_NUMBER_LENGTH || !text.matches("[+-]?[0-9]+")) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.number.invalid"));
		}
		long value = Long.parseLong(text);
		int min = question.min() == null ? Integer.MIN_VALUE : question.min();
		int max = question.max() == null ? Integer.MAX_VALUE : question.max();
		if (value < min || value > max) {
			return ReadAnswer.error(AnswerError.of(question.key(), "answer.number.range", min, max));
		}
		return ReadAnswer.ok(new Answer.Number((int) value));
	}

	private static ReadAnswer checklistForm(Catalog catalog, Question question, Map<String, String[]> parameters) {
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
		return new ReadAnswer(new Answer.Checklist(levels), errors);
	}

	private static ReadAnswer checklistJson(Catalog catalog, Question question, Map<?, ?> map) {
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
		return new ReadAnswer(ordered.isEmpty() ? null : new Answer.Checklist(ordered), errors);
	}

	private static boolean hasOption(List<Option> options, String key) {
		return options.stream().anyMatch(option -> option.key().equals(key));
	}

	/** Echoes a bad value back without flooding the page with it. */
	private static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}
}
