package fr.capcooperation.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.validation.Errors;

import fr.capcooperation.catalog.CatalogContent.LegalNote;
import fr.capcooperation.catalog.CatalogContent.NamedText;
import fr.capcooperation.catalog.ConditionSpec;

/**
 * The edit form of one kind of item of the draft: a small class per kind ({@code NotionForm},
 * {@code RuleForm} …) whose fields Spring binds from the request (direct field access: the form
 * is its fields) and checks ({@code @Valid}, {@code BindingResult}); this base class carries what every form has (the fingerprint of the item
 * as loaded, the condition trees, the French errors by element id for the template) and the
 * checks of field formats, which the kinds' own checks complete with {@code rejectValue}. Each
 * kind declares its fields ({@link #fields()}) for the shared template and builds its item
 * with its record's own constructor.
 */
public abstract class ItemForm<T extends Record> {

	/** How a field is edited: one line, a text, one line per item, a check box … */
	public enum Kind {
		LINE, TEXT, LINES, CHECKBOX, NUMBER, SELECT, NOTES, NAMED, JSON, CONDITION, OPTIONS
	}

	/**
	 * One field of an edit form. {@code fixed}: cannot change once the item exists (keys,
	 * question type); {@code choices}: the name of the list of choices of a select.
	 */
	public record Field(String name, Kind kind, boolean required, boolean markdown, boolean fixed) {

		static Field of(String name, Kind kind) {
			return new Field(name, kind, kind == Kind.LINE || kind == Kind.TEXT || kind == Kind.SELECT
					|| kind == Kind.CONDITION, false, false);
		}

		Field asOptional() {
			return new Field(name, kind, false, markdown, fixed);
		}

		Field asRequired() {
			return new Field(name, kind, true, markdown, fixed);
		}

		Field withMarkdown() {
			return new Field(name, kind, required, true, fixed);
		}

		Field asFixed() {
			return new Field(name, kind, required, markdown, true);
		}
	}

	private final ItemType type;
	private boolean creating = true;
	private String fingerprint = "";
	private final Map<String, ConditionNode> conditions = new LinkedHashMap<>();
	private final Map<String, ConditionSpec> conditionSpecs = new LinkedHashMap<>();
	private final Map<String, String> errors = new LinkedHashMap<>();

	protected ItemForm(ItemType type) {
		this.type = type;
		for (Field field : fields()) {
			if (field.kind() == Kind.CONDITION) {
				conditions.put(field.name(), ConditionNode.empty(field.name()));
			}
		}
	}

	/** The fields of this kind, in the order of the page. */
	public abstract List<Field> fields();

	/** Fills the form from the item as it is in the draft. */
	abstract void fill(T item);

	/** The item the form describes; called once the form is bound and checked without error. */
	abstract T toItem();

	/** This kind's own checks, beyond the fields' formats, each failure with {@code rejectValue}. */
	void checkItem(EditContext context, Errors result) {
	}

	/** The form of an existing item: filled, fixed fields kept, its fingerprint taken. */
	final ItemForm<T> loaded(T item, String fingerprint) {
		fill(item);
		conditions.replaceAll((name, node) -> {
			ConditionSpec spec = condition(item, name);
			if (spec != null) {
				conditionSpecs.put(name, spec);
			}
			return ConditionNode.from(spec, name);
		});
		this.creating = false;
		this.fingerprint = fingerprint;
		return this;
	}

	/** The condition of that name in the item (a kind with a condition tree says which). */
	@Nullable ConditionSpec condition(T item, String name) {
		return null;
	}

	/** The properties Spring may bind from the request: the fields but the condition trees, and the fixed ones of an existing item. */
	final String[] boundFields() {
		List<String> names = new ArrayList<>(List.of("fingerprint"));
		for (Field field : fields()) {
			if (field.kind() != Kind.CONDITION && field.kind() != Kind.OPTIONS && !(field.fixed() && !creating)) {
				names.add(field.name());
			}
		}
		names.addAll(extraBoundFields());
		return names.toArray(String[]::new);
	}

	List<String> extraBoundFields() {
		return List.of();
	}

	/** What the request holds beyond simple fields: the condition trees (and, for questions, the option rows). */
	void readStructured(Map<String, String[]> params) {
		conditions.replaceAll((name, node) -> ConditionNode.parse(params, name));
	}

	/**
	 * Checks every field's format (numbers, choices, keys named, legal notes, named texts, JSON
	 * answers, condition trees), then this kind's own rules; the failures go to {@code result}.
	 */
	final void check(EditContext context, Errors result) {
		for (Field field : fields()) {
			if (field.fixed() && !creating) {
				continue;
			}
			String name = field.name();
			String value = field.kind() == Kind.CONDITION || field.kind() == Kind.OPTIONS ? "" : value(name).strip();
			switch (field.kind()) {
				case NUMBER -> {
					if (!value.isEmpty() && !value.matches("[+-]?[0-9]{1,9}")) {
						result.rejectValue(name, "admin.edit.error.number");
					}
					else if (value.isEmpty() && field.required() && !result.hasFieldErrors(name)) {
						result.rejectValue(name, "admin.edit.error.required");
					}
				}
				case SELECT -> {
					if (!value.isEmpty() && !context.choices(type, name).containsKey(value)) {
						result.rejectValue(name, "admin.edit.error.choice");
					}
				}
				case LINES -> {
					Set<String> known = context.knownKeys(name);
					if (known != null) {
						keys(value).stream()
							.filter(line -> !known.contains(line))
							.findFirst()
							.ifPresent(bad -> result.rejectValue(name, "admin.edit.error.unknownKey", new Object[] { bad }, null));
					}
				}
				case NOTES -> badNote(value).ifPresent(line -> result.rejectValue(name, "admin.edit.error.notes",
						new Object[] { line }, null));
				case NAMED -> badNamed(value).ifPresent(line -> result.rejectValue(name, "admin.edit.error.named",
						new Object[] { line }, null));
				case JSON -> context.answersProblem(value).ifPresent(problem -> result.rejectValue(name, problem.code(),
						problem.args(), null));
				case CONDITION -> {
					ConditionNode node = conditions.getOrDefault(name, ConditionNode.empty(name));
					int before = errors.size();
					ConditionSpec spec = node.toSpec(context.draft().questions(), field.required(), errors,
							context::message);
					if (spec != null) {
						conditionSpecs.put(name, spec);
					}
					if (errors.size() > before) {
						// said next to the rows of the tree; the form as a whole is refused
						result.reject("admin.edit.error.condition");
					}
				}
				default -> {
				}
			}
		}
		if (creating && type != ItemType.RULE && !type.single() && !result.hasFieldErrors("key")) {
			String key = value("key").strip();
			if (key.length() > ContentLimits.MAX_KEY_LENGTH) {
				result.rejectValue("key", "admin.edit.error.keyLength", new Object[] { ContentLimits.MAX_KEY_LENGTH }, null);
			}
			else if (!key.matches("[a-z][a-z0-9_]*")) {
				result.rejectValue("key", "admin.edit.error.key");
			}
			else if (type.find(context.draft(), key).isPresent()) {
				result.rejectValue("key", "admin.edit.error.duplicate", new Object[] { key }, null);
			}
		}
		checkItem(context, result);
	}

	/**
	 * The item as loaded, as readable text by field, for comparisons: conditions written out
	 * with their questions' and options' labels, choices by their labels, keys by their names.
	 */
	final Map<String, String> display(EditContext context) {
		Map<String, String> display = new LinkedHashMap<>();
		for (Field field : fields()) {
			String name = field.name();
			if (name.equals("key")) {
				// an identifier, not something read: the item's title names it
				continue;
			}
			ConditionSpec spec = conditionSpecs.get(name);
			Set<String> known = context.knownKeys(name);
			display.put(name, switch (field.kind()) {
				case CONDITION -> spec == null ? "" : context.texts().conditionText(spec, context.draft());
				case OPTIONS -> displayOptions();
				case CHECKBOX -> context.message("true".equals(value(name)) ? "admin.yes" : "admin.no");
				case JSON -> context.answersText(value(name));
				case SELECT -> context.choices(type, name).getOrDefault(value(name), value(name));
				// keys chosen by check boxes: compared in the content's order, as the boxes are
				case LINES -> known == null ? value(name)
						: String.join("\n", keys(value(name)).stream()
							.sorted(Comparator.comparingInt(key -> List.copyOf(known).indexOf(key)))
							.map(key -> context.keyName(name, key))
							.toList());
				default -> value(name);
			});
		}
		return display;
	}

	/** The options, one per line, for the kinds that have some. */
	String displayOptions() {
		return "";
	}

	/** A field's text as typed (a check box: "true" or ""). */
	public String value(String name) {
		Object value = new DirectFieldAccessor(this).getPropertyValue(name);
		if (value instanceof Boolean checked) {
			return checked ? "true" : "";
		}
		return value == null ? "" : value.toString();
	}

	/** The keys chosen in a field that lists keys (the check boxes to show ticked). */
	public List<String> chosenKeys(String name) {
		return keys(value(name));
	}

	/** The French error of a field, by its name, if any. */
	public @Nullable String error(String name) {
		return errors.get(id(name));
	}

	/** The element id of a simple field. */
	public static String id(String field) {
		return "f-" + field;
	}

	public ItemType getItemType() {
		return type;
	}

	/** The key of the item ({@link ItemType#SINGLE} for the kinds that have one item only). */
	public String getKey() {
		return fields().stream().anyMatch(field -> field.name().equals("key")) ? value("key") : ItemType.SINGLE;
	}

	public boolean isNew() {
		return creating;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public Map<String, ConditionNode> getConditions() {
		return conditions;
	}

	/** The French errors by element id, as the page shows them. */
	public Map<String, String> getErrors() {
		return errors;
	}

	@Nullable ConditionSpec conditionSpec(String name) {
		return conditionSpecs.get(name);
	}

	// Conversions between the typed values and the fields' text, shared by the kinds.

	static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	static @Nullable String optional(String value) {
		return value.isBlank() ? null : value.strip();
	}

	static @Nullable Integer optionalNumber(String value) {
		return value.isBlank() ? null : Integer.valueOf(value.strip());
	}

	static int number(String value) {
		return value.isBlank() ? 0 : Integer.parseInt(value.strip());
	}

	static String lines(List<?> values) {
		return String.join("\n", values.stream().map(Object::toString).toList());
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.replace("\r\n", "\n").split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** Keys chosen in a list of check boxes (sent as several values, joined by commas) or typed one a line. */
	static List<String> keys(String text) {
		return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(key -> !key.isEmpty()).distinct().toList();
	}

	static String notes(List<LegalNote> notes) {
		return String.join("\n", notes.stream().map(note -> note.date() + " | " + note.reference() + " | " + note.text()).toList());
	}

	static List<LegalNote> notes(String text) {
		List<LegalNote> notes = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\\|", 3);
			notes.add(new LegalNote(LocalDate.parse(parts[0].strip()), parts[1].strip(), parts[2].strip()));
		}
		return notes;
	}

	private static Optional<String> badNote(String text) {
		for (String line : lines(text)) {
			String[] parts = line.split("\\|", 3);
			try {
				if (parts.length < 3 || parts[1].isBlank() || parts[2].isBlank()) {
					return Optional.of(line);
				}
				LocalDate.parse(parts[0].strip());
			}
			catch (DateTimeParseException ex) {
				return Optional.of(line);
			}
		}
		return Optional.empty();
	}

	static String named(List<NamedText> named) {
		return String.join("\n", named.stream().map(item -> item.name() + " | " + item.text()).toList());
	}

	static List<NamedText> named(String text) {
		return lines(text).stream().map(line -> line.split("\\|", 2)).map(parts -> new NamedText(parts[0].strip(), parts[1].strip())).toList();
	}

	private static Optional<String> badNamed(String text) {
		return lines(text).stream().filter(line -> {
			String[] parts = line.split("\\|", 2);
			return parts.length < 2 || parts[0].isBlank() || parts[1].isBlank();
		}).findFirst();
	}
}
