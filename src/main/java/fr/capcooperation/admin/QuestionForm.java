package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.ConditionSpec;
import fr.capcooperation.rules.QuestionType;

/**
 * The edit form of a question: its label, help, notions, bounds (a number), display condition,
 * its options (each kept, relabelled, moved or removed; new ones added where asked) and its
 * place in the questionnaire. A question's key and type never change once it exists.
 */
final class QuestionForm extends ItemForm<Question> {

	/** Rows for options in the form of a new question (one more on each later edit). */
	static final int NEW_QUESTION_OPTION_ROWS = 4;

	/**
	 * One option of a question: its key stays; its label, help and position change; it can be
	 * removed. The row of a new option has the key typed.
	 */
	public record OptionRow(String key, String label, String help, String position, boolean remove) {

		static final OptionRow BLANK = new OptionRow("", "", "", "", false);

		boolean isBlank() {
			return key.isBlank() && label.isBlank() && help.isBlank() && position.isBlank();
		}
	}

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("type", Kind.SELECT).asFixed(), Field.of("label", Kind.LINE), Field.of("help", Kind.TEXT).withMarkdown(),
			Field.of("notions", Kind.LINES), Field.of("options", Kind.OPTIONS), Field.of("min", Kind.NUMBER),
			Field.of("max", Kind.NUMBER), Field.of("displayCondition", Kind.CONDITION).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String type = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String label = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String help = "";
	private String notions = "";
	private String min = "";
	private String max = "";
	private String position = "";
	private final List<OptionRow> options = new ArrayList<>();
	private final List<OptionRow> newOptions = new ArrayList<>();
	private List<Option> built = List.of();
	/** The option keys of the question as it is in the draft (none for a new one). */
	private List<String> known = List.of();

	QuestionForm() {
		super(ItemType.QUESTION);
		for (int i = 0; i < NEW_QUESTION_OPTION_ROWS; i++) {
			newOptions.add(OptionRow.BLANK);
		}
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	List<String> extraBoundFields() {
		return List.of("position");
	}

	@Override
	void fill(Question item) {
		key = item.key();
		type = item.type().name();
		label = item.label();
		help = item.help();
		notions = lines(item.notions());
		min = text(item.min());
		max = text(item.max());
		known = item.options().stream().map(Option::key).toList();
		options.clear();
		for (int i = 0; i < item.options().size(); i++) {
			Option option = item.options().get(i);
			options.add(new OptionRow(option.key(), option.label(), text(option.help()), Integer.toString(i + 1), false));
		}
		newOptions.clear();
		if (!item.options().isEmpty()) { // a number question has no options to add to
			newOptions.add(OptionRow.BLANK);
		}
	}

	@Override
	@Nullable ConditionSpec condition(Question item, String name) {
		return item.displayCondition();
	}

	@Override
	void readStructured(Map<String, String[]> params) {
		super.readStructured(params);
		options.clear();
		for (int i = 0; params.containsKey("options." + i + ".key"); i++) {
			options.add(row(params, "options." + i));
		}
		newOptions.clear();
		for (int i = 0; params.containsKey("options.new." + i + ".key"); i++) {
			newOptions.add(row(params, "options.new." + i));
		}
	}

	private static OptionRow row(Map<String, String[]> params, String prefix) {
		return new OptionRow(first(params, prefix + ".key").strip(), first(params, prefix + ".label"),
				first(params, prefix + ".help"), first(params, prefix + ".position"), params.containsKey(prefix + ".remove"));
	}

	private static String first(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return values == null || values.length == 0 || values[0] == null ? "" : values[0];
	}

	@Override
	void checkItem(EditContext context, Errors result) {
		if (isNew()) {
			if (QuestionType.CHECKLIST.name().equals(type.strip())) {
				result.rejectValue("type", "admin.edit.error.checklistNew");
			}
		}
		if (!position.isBlank()) {
			int count = context.draft().questions().size();
			if (!position.strip().matches("[0-9]{1,9}")) {
				result.rejectValue("position", "admin.edit.error.number");
			}
			else if (Integer.parseInt(position.strip()) < 1 || Integer.parseInt(position.strip()) > count) {
				result.rejectValue("position", "admin.edit.error.position", new Object[] { count }, null);
			}
		}
		built = options(context, result);
	}

	/**
	 * The options as edited: the rows of the existing options (the ones ticked for removal left
	 * out), and the new options typed, in the positions given; a choice question keeps two at
	 * least. Whether a removed option is still named by a rule or a display condition is the
	 * draft's consistency check.
	 */
	private List<Option> options(EditContext context, Errors result) {
		Map<String, String> errors = getErrors();
		if (!options.stream().map(OptionRow::key).toList().equals(known)) {
			// Not what the page showed (another tab, a forged form): nothing to guess from.
			reject(result, "f-options", context.message("admin.edit.error.option"));
			return List.of();
		}
		record Placed(int position, int index, Option option) {
		}
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			OptionRow row = options.get(i);
			if (row.remove()) {
				continue;
			}
			if (row.label().isBlank()) {
				reject(result, "f-options-" + i + "-label", context.message("admin.edit.error.required"));
			}
			placed.add(new Placed(position(row, "f-options-" + i + "-position", i + 1, context, result), i, option(row)));
		}
		QuestionType questionType = questionType();
		if (questionType == null) {
			return List.of(); // a new question without a type: that field says so, the rows stay as typed
		}
		boolean choice = questionType != QuestionType.NUMBER;
		Set<String> taken = new HashSet<>(known);
		for (int i = 0; i < newOptions.size(); i++) {
			OptionRow row = newOptions.get(i);
			String id = "f-options-new-" + i;
			if (row.isBlank()) {
				continue;
			}
			if (!choice) {
				reject(result, id + "-key", context.message("admin.edit.error.optionsNone"));
				continue;
			}
			if (row.key().length() > ContentLimits.MAX_KEY_LENGTH) {
				reject(result, id + "-key", context.message("admin.edit.error.keyLength", ContentLimits.MAX_KEY_LENGTH));
			}
			else if (!row.key().matches("[a-z][a-z0-9_]*")) {
				reject(result, id + "-key", context.message("admin.edit.error.key"));
			}
			else if (!taken.add(row.key())) {
				reject(result, id + "-key", context.message("admin.edit.error.optionDuplicate", row.key()));
			}
			if (row.label().isBlank()) {
				reject(result, id + "-label", context.message("admin.edit.error.required"));
			}
			// At the position asked, before the option that had it.
			placed.add(new Placed(position(row, id + "-position", Integer.MAX_VALUE, context, result),
					i - newOptions.size(), option(row)));
		}
		if (choice && placed.size() < 2 && !errors.containsKey("f-options")) {
			reject(result, "f-options", context.message("admin.edit.error.optionsFew"));
		}
		return placed.stream()
			.sorted(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::index))
			.map(Placed::option)
			.toList();
	}

	/** An error of the option editor: said next to its row, and the form refused. */
	private void reject(Errors result, String id, String message) {
		getErrors().putIfAbsent(id, message);
		result.reject("admin.edit.error.options");
	}

	/** The type of the question: kept for an existing one, chosen for a new one; null when none or unreadable. */
	private @Nullable QuestionType questionType() {
		try {
			return QuestionType.valueOf(type.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Option option(OptionRow row) {
		return new Option(row.key(), row.label().strip(), row.help().isBlank() ? null : row.help().strip());
	}

	/** The position typed (blank: {@code otherwise}), or an error next to the field. */
	private int position(OptionRow row, String id, int otherwise, EditContext context, Errors result) {
		if (row.position().isBlank()) {
			return otherwise;
		}
		if (!row.position().strip().matches("[+-]?[0-9]{1,9}")) {
			reject(result, id, context.message("admin.edit.error.number"));
			return otherwise;
		}
		return Integer.parseInt(row.position().strip());
	}

	@Override
	Question toItem() {
		return new Question(key.strip(), QuestionType.valueOf(type.strip()), label.strip(), help.strip(), keys(notions),
				built, optionalNumber(min), optionalNumber(max), conditionSpec("displayCondition"));
	}

	/** The place asked for in the questionnaire, from 0; null to keep it. */
	@Nullable Integer positionIndex() {
		return position.isBlank() ? null : Integer.parseInt(position.strip()) - 1;
	}

	void positionOf(Question item, List<Question> questions) {
		position = Integer.toString(questions.stream().map(Question::key).toList().indexOf(item.key()) + 1);
	}

	@Override
	String displayOptions() {
		return String.join("\n", options.stream()
			.map(row -> row.label() + (row.help().isBlank() ? "" : " (" + row.help() + ")"))
			.toList());
	}

	public List<OptionRow> getOptions() {
		return options;
	}

	/** The rows for options to add (a blank row adds nothing). */
	public List<OptionRow> getNewOptions() {
		return newOptions;
	}
}
