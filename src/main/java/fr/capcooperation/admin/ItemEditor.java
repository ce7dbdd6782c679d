package fr.capcooperation.admin;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fr.capcooperation.advice.AnswerError;
import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.advice.ReadAnswers;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.LegalNote;
import fr.capcooperation.catalog.CatalogContent.NamedText;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.ConditionSpec;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.RuleKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns any catalogue item (a record of {@link CatalogContent}) into an edit form and back:
 * one field per record component, chosen by its type (line, Markdown text, list of lines,
 * check box, number, choice, legal notes, JSON answers, condition tree, options). Building an
 * item checks it and leaves French messages next to the fields, keeping what was typed.
 */
@Component
public class ItemEditor {

	public enum Kind {
		LINE, TEXT, LINES, CHECKBOX, NUMBER, SELECT, NOTES, NAMED, JSON, CONDITION, OPTIONS
	}

	/** One field of an edit form. {@code fixed}: cannot change once the item exists (keys, question type). */
	public record Field(String name, Kind kind, boolean required, boolean markdown, boolean fixed) {
	}

	private static final Set<String> LINE_FIELDS = Set.of("key", "name", "shortName", "label", "term", "title",
			"question", "reference", "cooperativePrinciplesReference", "family", "form", "expectedFirst", "legalPersonality", "duration");
	private static final Set<String> MARKDOWN_FIELDS = Set.of("summary", "body", "help", "description", "definition",
			"advice", "disclaimer", "support");
	private static final Set<String> SELECT_FIELDS = Set.of("family", "form", "expectedFirst", "kind", "type");

	static final JsonMapper JSON = JsonMapper.builder().build();
	/** Rows for options in the form of a new question (one more on each later edit). */
	static final int NEW_QUESTION_OPTION_ROWS = 4;

	private final MessageSource messages;

	ItemEditor(MessageSource messages) {
		this.messages = messages;
	}

	public List<Field> fields(ItemType type) {
		List<Field> fields = new ArrayList<>();
		for (RecordComponent component : type.type.getRecordComponents()) {
			fields.add(field(component));
		}
		return fields;
	}

	private static Field field(RecordComponent component) {
		String name = component.getName();
		Class<?> raw = component.getType();
		boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
		boolean fixed = name.equals("key") || name.equals("type");
		Kind kind;
		if (raw == String.class) {
			kind = SELECT_FIELDS.contains(name) ? Kind.SELECT : LINE_FIELDS.contains(name) ? Kind.LINE : Kind.TEXT;
		}
		else if (raw == boolean.class) {
			kind = Kind.CHECKBOX;
		}
		else if (raw == int.class || raw == Integer.class) {
			kind = Kind.NUMBER;
		}
		else if (raw.isEnum()) {
			kind = Kind.SELECT;
		}
		else if (raw == Map.class) {
			kind = Kind.JSON;
		}
		else if (raw == ConditionSpec.class) {
			kind = Kind.CONDITION;
		}
		else if (raw == List.class) {
			Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
			kind = element == Option.class ? Kind.OPTIONS : element == LegalNote.class ? Kind.NOTES
					: element == NamedText.class ? Kind.NAMED : Kind.LINES;
		}
		else {
			throw new IllegalStateException("no editor for " + raw);
		}
		boolean required = !nullable && (kind == Kind.LINE || kind == Kind.TEXT || kind == Kind.SELECT
				|| kind == Kind.CONDITION || (kind == Kind.NUMBER && raw == int.class));
		return new Field(name, kind, required, MARKDOWN_FIELDS.contains(name), fixed);
	}

	/** The choices of the select fields, key to label, from the draft. */
	public Map<String, Map<String, String>> choices(ItemType type, CatalogContent draft) {
		Map<String, Map<String, String>> choices = new LinkedHashMap<>();
		Map<String, String> forms = new LinkedHashMap<>();
		draft.forms().forEach(form -> forms.put(form.key(), form.name()));
		Map<String, String> families = new LinkedHashMap<>();
		draft.families().forEach(family -> families.put(family.key(), family.name()));
		choices.put("form", forms);
		choices.put("expectedFirst", forms);
		choices.put("family", families);
		Map<String, String> kinds = new LinkedHashMap<>();
		for (RuleKind kind : RuleKind.values()) {
			kinds.put(kind.name(), message("admin.kind." + kind.name()));
		}
		choices.put("kind", kinds);
		Map<String, String> types = new LinkedHashMap<>();
		for (QuestionType questionType : QuestionType.values()) {
			types.put(questionType.name(), message("admin.questionType." + questionType.name()));
		}
		choices.put("type", types);
		return choices;
	}

	/** A form filled from an existing item. */
	public ItemForm load(ItemType type, Record item) {
		ItemForm form = new ItemForm(type, ItemType.keyOf(item));
		fill(form, item);
		form.setFingerprint(fingerprint(item));
		return form;
	}

	/** An empty form for a new item. */
	public ItemForm blank(ItemType type) {
		ItemForm form = new ItemForm(type, null);
		for (Field field : fields(type)) {
			if (field.kind() == Kind.CONDITION) {
				form.getConditions().put(field.name(), ConditionNode.from(null, field.name()));
			}
			else if (field.kind() == Kind.NUMBER && field.required()) {
				form.getValues().put(field.name(), "0");
			}
		}
		if (type == ItemType.SCENARIO) {
			form.getValues().put("answers", "{}");
		}
		if (type == ItemType.QUESTION) {
			for (int i = 0; i < NEW_QUESTION_OPTION_ROWS; i++) {
				form.getNewOptions().add(ItemForm.OptionRow.BLANK);
			}
		}
		return form;
	}

	private void fill(ItemForm form, Record item) {
		for (RecordComponent component : item.getClass().getRecordComponents()) {
			Field field = field(component);
			Object value = read(component, item);
			switch (field.kind()) {
				case CONDITION -> form.getConditions().put(field.name(), ConditionNode.from((ConditionSpec) value, field.name()));
				case OPTIONS -> {
					List<?> list = (List<?>) value;
					for (int i = 0; i < list.size(); i++) {
						Option option = (Option) list.get(i);
						form.getOptions().add(new ItemForm.OptionRow(option.key(), option.label(),
								option.help() == null ? "" : option.help(), Integer.toString(i + 1), false));
					}
					if (!list.isEmpty()) { // a number question has no options to add to
						form.getNewOptions().add(ItemForm.OptionRow.BLANK);
					}
				}
				default -> form.getValues().put(field.name(), text(field, value));
			}
		}
	}

	private static Object read(RecordComponent component, Record item) {
		try {
			return component.getAccessor().invoke(item);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(Field field, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		return switch (field.kind()) {
			case LINES -> String.join("\n", ((List<?>) value).stream().map(Object::toString).toList());
			case NOTES -> ((List<?>) value).stream()
				.map(LegalNote.class::cast)
				.map(note -> note.date() + " | " + note.reference() + " | " + note.text())
				.collect(Collectors.joining("\n"));
			case NAMED -> ((List<?>) value).stream()
				.map(NamedText.class::cast)
				.map(named -> named.name() + " | " + named.text())
				.collect(Collectors.joining("\n"));
			case JSON -> JSON.writeValueAsString(value);
			case CHECKBOX -> Boolean.TRUE.equals(value) ? "true" : "";
			default -> value.toString();
		};
	}

	/** The form as posted: simple values, condition trees and option rows. */
	public ItemForm read(ItemType type, @Nullable String key, Map<String, String[]> params) {
		ItemForm form = new ItemForm(type, key);
		form.setFingerprint(first(params, "fingerprint"));
		for (Field field : fields(type)) {
			switch (field.kind()) {
				case CONDITION -> form.getConditions().put(field.name(), ConditionNode.parse(params, field.name()));
				case OPTIONS -> {
					for (int i = 0; params.containsKey("options." + i + ".key"); i++) {
						form.getOptions().add(optionRow(params, "options." + i));
					}
					for (int i = 0; params.containsKey("options.new." + i + ".key"); i++) {
						form.getNewOptions().add(optionRow(params, "options.new." + i));
					}
				}
				case CHECKBOX -> form.getValues().put(field.name(), params.containsKey(field.name()) ? "true" : "");
				default -> form.getValues().put(field.name(), first(params, field.name()).replace("\r\n", "\n"));
			}
		}
		if (params.containsKey("position")) {
			form.getValues().put("position", first(params, "position"));
		}
		return form;
	}

	/** Shows the fields that cannot change (key, question type) as they are in the draft. */
	public void keepFixed(ItemForm form, Record existing) {
		for (RecordComponent component : existing.getClass().getRecordComponents()) {
			Field field = field(component);
			if (field.fixed()) {
				form.getValues().put(field.name(), text(field, read(component, existing)));
			}
		}
	}

	private static String first(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return values == null || values.length == 0 || values[0] == null ? "" : values[0];
	}

	/**
	 * Builds the item the form describes, checked against the draft; empty with errors in the
	 * form when something is wrong. {@code existing} is the item as it is in the draft (null
	 * for a new one): its key and question type are kept whatever was posted.
	 */
	public Optional<Record> build(ItemForm form, CatalogContent draft, @Nullable Catalog draftCatalog,
			@Nullable Record existing) {
		ItemType type = form.getType();
		Map<String, String> errors = form.getErrors();
		Map<String, Map<String, String>> choices = choices(type, draft);
		RecordComponent[] components = type.type.getRecordComponents();
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Field field = field(component);
			String name = field.name();
			if (existing != null && field.fixed()) {
				args[i] = read(component, existing);
				continue;
			}
			String value = form.value(name).strip();
			switch (field.kind()) {
				case LINE, TEXT -> {
					if (value.isEmpty()) {
						if (field.required()) {
							errors.put(ItemForm.id(name), message("admin.edit.error.required"));
						}
						args[i] = field.required() ? "" : null;
					}
					else {
						args[i] = value;
					}
				}
				case SELECT -> {
					Map<String, String> allowed = choices.getOrDefault(name, Map.of());
					if (value.isEmpty() || !allowed.containsKey(value)) {
						errors.put(ItemForm.id(name), message(value.isEmpty() ? "admin.edit.error.required" : "admin.edit.error.choice"));
						args[i] = component.getType() == String.class ? value : null;
					}
					else if (component.getType().isEnum()) {
						args[i] = enumValue(component.getType(), value);
					}
					else {
						args[i] = value;
					}
				}
				case LINES -> {
					List<String> lines = Arrays.stream(value.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
					Set<String> known = name.equals("notions") ? keys(draft.notions().stream().map(n -> n.key()).toList())
							: name.equals("expectedExcluded") ? keys(draft.forms().stream().map(f -> f.key()).toList()) : null;
					if (known != null) {
						lines.stream().filter(line -> !known.contains(line)).findFirst()
							.ifPresent(bad -> errors.put(ItemForm.id(name), message("admin.edit.error.unknownKey", bad)));
					}
					args[i] = lines;
				}
				case CHECKBOX -> args[i] = "true".equals(value);
				case NUMBER -> {
					if (value.isEmpty()) {
						if (field.required()) {
							errors.put(ItemForm.id(name), message("admin.edit.error.required"));
							args[i] = 0;
						}
					}
					else {
						try {
							args[i] = Integer.parseInt(value);
						}
						catch (NumberFormatException ex) {
							errors.put(ItemForm.id(name), message("admin.edit.error.number"));
							args[i] = component.getType() == int.class ? 0 : null;
						}
					}
				}
				case NOTES -> args[i] = notes(value, name, errors);
				case NAMED -> args[i] = named(value, name, errors);
				case JSON -> args[i] = answers(value, name, draftCatalog, errors);
				case CONDITION -> {
					ConditionNode node = form.getConditions().getOrDefault(name, ConditionNode.empty(name));
					List<Question> questions = draft.questions();
					args[i] = node.toSpec(questions, field.required(), errors, (code, params) -> message(code, params));
				}
				case OPTIONS -> args[i] = options(form, existing, errors);
			}
		}
		String key = existing != null ? ItemType.keyOf(existing) : form.value("key").strip();
		if (existing == null && !type.single()) {
			checkNewKey(type, key, draft, form, errors);
		}
		if (existing == null && type == ItemType.QUESTION && questionType(form) == QuestionType.CHECKLIST) {
			errors.put(ItemForm.id("type"), message("admin.edit.error.checklistNew"));
		}
		if (type == ItemType.RULE) {
			checkWeight(form, errors);
		}
		if (type == ItemType.QUESTION && !form.value("position").isBlank()) {
			try {
				int position = Integer.parseInt(form.value("position").strip());
				if (position < 1 || position > draft.questions().size()) {
					errors.put(ItemForm.id("position"), message("admin.edit.error.position", draft.questions().size()));
				}
			}
			catch (NumberFormatException ex) {
				errors.put(ItemForm.id("position"), message("admin.edit.error.number"));
			}
		}
		if (!errors.isEmpty()) {
			return Optional.empty();
		}
		try {
			Constructor<? extends Record> constructor = type.type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			Record item = constructor.newInstance(args);
			if (type == ItemType.RULE) {
				item = normalisedWeight((CatalogContent.RuleDefinition) item);
			}
			return Optional.of(item);
		}
		catch (ReflectiveOperationException | IllegalArgumentException ex) {
			errors.put("f-general", message("admin.edit.error.invalid"));
			return Optional.empty();
		}
	}

	private static Set<String> keys(List<String> keys) {
		return Set.copyOf(keys);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumValue(Class<?> type, String value) {
		return Enum.valueOf((Class<Enum>) type, value);
	}

	private void checkNewKey(ItemType type, String key, CatalogContent draft, ItemForm form, Map<String, String> errors) {
		if (errors.containsKey(ItemForm.id("key")) && key.isEmpty()) {
			return;
		}
		if (type == ItemType.RULE) {
			String formKey = form.value("form").strip();
			if (!key.matches("[a-z][a-z0-9_]*\\.[a-z0-9]+(-[a-z0-9]+)*")) {
				errors.put(ItemForm.id("key"), message("admin.edit.error.ruleKey"));
				return;
			}
			if (!formKey.isEmpty() && !key.startsWith(formKey + ".")) {
				errors.put(ItemForm.id("key"), message("admin.edit.error.ruleKeyForm", formKey));
				return;
			}
		}
		else if (!key.matches("[a-z][a-z0-9_]*")) {
			errors.put(ItemForm.id("key"), message("admin.edit.error.key"));
			return;
		}
		if (type.find(draft, key).isPresent()) {
			errors.put(ItemForm.id("key"), message("admin.edit.error.duplicate", key));
		}
	}

	private void checkWeight(ItemForm form, Map<String, String> errors) {
		String kind = form.value("kind").strip();
		if (("FAVOURS".equals(kind) || "DISFAVOURS".equals(kind)) && !errors.containsKey(ItemForm.id("weight"))) {
			try {
				int weight = Integer.parseInt(form.value("weight").strip());
				if (weight < 1 || weight > 5) {
					errors.put(ItemForm.id("weight"), message("admin.edit.error.weight"));
				}
			}
			catch (NumberFormatException ex) {
				errors.put(ItemForm.id("weight"), message("admin.edit.error.weight"));
			}
		}
	}

	private static CatalogContent.RuleDefinition normalisedWeight(CatalogContent.RuleDefinition rule) {
		if (rule.kind().isGate() && rule.weight() != 0) {
			return new CatalogContent.RuleDefinition(rule.key(), rule.form(), rule.kind(), 0, rule.condition(),
					rule.textHolds(), rule.textFails());
		}
		return rule;
	}

	private List<LegalNote> notes(String value, String name, Map<String, String> errors) {
		List<LegalNote> notes = new ArrayList<>();
		for (String line : value.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", 3);
			try {
				if (parts.length < 3 || parts[1].isBlank() || parts[2].isBlank()) {
					throw new IllegalArgumentException();
				}
				notes.add(new LegalNote(LocalDate.parse(parts[0].strip()), parts[1].strip(), parts[2].strip()));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				errors.put(ItemForm.id(name), message("admin.edit.error.notes", line.strip()));
				break;
			}
		}
		return notes;
	}

	private List<NamedText> named(String value, String name, Map<String, String> errors) {
		List<NamedText> list = new ArrayList<>();
		for (String line : value.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", 2);
			if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
				errors.put(ItemForm.id(name), message("admin.edit.error.named", line.strip()));
				break;
			}
			list.add(new NamedText(parts[0].strip(), parts[1].strip()));
		}
		return list;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> answers(String value, String name, @Nullable Catalog catalog, Map<String, String> errors) {
		Map<String, Object> answers;
		try {
			answers = JSON.readValue(value.isEmpty() ? "{}" : value, LinkedHashMap.class);
		}
		catch (JacksonException | ClassCastException ex) {
			errors.put(ItemForm.id(name), message("admin.edit.error.json"));
			return Map.of();
		}
		if (catalog != null) {
			ReadAnswers read = AnswerReader.readJson(catalog, answers);
			if (!read.valid()) {
				AnswerError error = read.errors().get(0);
				errors.put(ItemForm.id(name), message("admin.edit.error.answers", error.field(),
						messages.getMessage(error.code(), error.args().toArray(), LocaleContextHolder.getLocale())));
			}
		}
		return answers;
	}

	private static ItemForm.OptionRow optionRow(Map<String, String[]> params, String prefix) {
		return new ItemForm.OptionRow(first(params, prefix + ".key").strip(), first(params, prefix + ".label"),
				first(params, prefix + ".help"), first(params, prefix + ".position"), params.containsKey(prefix + ".remove"));
	}

	/**
	 * The options as edited: the rows of the existing options (the ones ticked for removal left
	 * out), and the new options typed, in the positions given; a choice question keeps two at
	 * least. Whether a removed option is still named by a rule or a display condition is the
	 * draft's consistency check.
	 */
	private List<Option> options(ItemForm form, @Nullable Record existing, Map<String, String> errors) {
		List<ItemForm.OptionRow> rows = form.getOptions();
		List<String> known = existing instanceof Question question ? question.options().stream().map(Option::key).toList()
				: List.of();
		if (!rows.stream().map(ItemForm.OptionRow::key).toList().equals(known)) {
			// Not what the page showed (another tab, a forged form): nothing to guess from.
			errors.put("f-options", message("admin.edit.error.option"));
			return List.of();
		}
		record Placed(int position, int index, Option option) {
		}
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ItemForm.OptionRow row = rows.get(i);
			if (row.remove()) {
				continue;
			}
			if (row.label().isBlank()) {
				errors.put("f-options-" + i + "-label", message("admin.edit.error.required"));
			}
			placed.add(new Placed(position(row, "f-options-" + i + "-position", i + 1, errors), i, option(row)));
		}
		QuestionType type = existing instanceof Question question ? question.type() : questionType(form);
		if (type == null) {
			return List.of(); // a new question without a type: that field says so, the rows stay as typed
		}
		boolean choice = type != QuestionType.NUMBER;
		Set<String> taken = new HashSet<>(known);
		List<ItemForm.OptionRow> added = form.getNewOptions();
		for (int i = 0; i < added.size(); i++) {
			ItemForm.OptionRow row = added.get(i);
			String id = "f-options-new-" + i;
			if (row.isBlank()) {
				continue;
			}
			if (!choice) {
				errors.put(id + "-key", message("admin.edit.error.optionsNone"));
				continue;
			}
			if (!row.key().matches("[a-z][a-z0-9_]*")) {
				errors.put(id + "-key", message("admin.edit.error.key"));
			}
			else if (!taken.add(row.key())) {
				errors.put(id + "-key", message("admin.edit.error.optionDuplicate", row.key()));
			}
			if (row.label().isBlank()) {
				errors.put(id + "-label", message("admin.edit.error.required"));
			}
			// At the position asked, before the option that had it.
			placed.add(new Placed(position(row, id + "-position", Integer.MAX_VALUE, errors), i - added.size(),
					option(row)));
		}
		if (choice && placed.size() < 2) {
			errors.put("f-options", message("admin.edit.error.optionsFew"));
		}
		return placed.stream()
			.sorted(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::index))
			.map(Placed::option)
			.toList();
	}

	/** The type chosen in the form of a new question; null when none or unreadable. */
	private static @Nullable QuestionType questionType(ItemForm form) {
		try {
			return QuestionType.valueOf(form.value("type").strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Option option(ItemForm.OptionRow row) {
		return new Option(row.key(), row.label().strip(), row.help().isBlank() ? null : row.help().strip());
	}

	/** The position typed (blank: {@code otherwise}), or an error next to the field. */
	private int position(ItemForm.OptionRow row, String id, int otherwise, Map<String, String> errors) {
		if (row.position().isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(row.position().strip());
		}
		catch (NumberFormatException ex) {
			errors.put(id, message("admin.edit.error.number"));
			return otherwise;
		}
	}

	/** The item as readable text by field, for comparisons (conditions written out). */
	public Map<String, String> display(@Nullable Record item) {
		Map<String, String> display = new LinkedHashMap<>();
		if (item == null) {
			return display;
		}
		for (RecordComponent component : item.getClass().getRecordComponents()) {
			Field field = field(component);
			Object value = read(component, item);
			display.put(field.name(), switch (field.kind()) {
				case CONDITION -> value == null ? "" : conditionText((ConditionSpec) value);
				case OPTIONS -> ((List<?>) value).stream()
					.map(Option.class::cast)
					.map(option -> option.key() + " : " + option.label() + (option.help() == null ? "" : " (" + option.help() + ")"))
					.collect(Collectors.joining("\n"));
				case CHECKBOX -> message(Boolean.TRUE.equals(value) ? "admin.yes" : "admin.no");
				default -> text(field, value);
			});
		}
		return display;
	}

	/** A condition in words, with question and option keys: «partners» inclut «public». */
	public String conditionText(ConditionSpec spec) {
		return switch (spec.op()) {
			case "all", "any", "not" -> message("admin.conditionText." + spec.op(), spec.of() == null ? ""
					: spec.of().stream().map(this::conditionText).collect(Collectors.joining(" ; ")));
			case "includes_any", "only" -> message("admin.conditionText." + spec.op(), spec.question(),
					spec.options() == null ? "" : spec.options().stream().map(o -> "«" + o + "»").collect(Collectors.joining(", ")));
			case "at_least" -> message("admin.conditionText.at_least", spec.question(), String.valueOf(spec.value()));
			default -> message("admin.conditionText." + spec.op(), spec.question(), spec.option());
		};
	}

	/** A short hash of the item as stored: two saves of the same item must start from the same one. */
	public String fingerprint(@Nullable Record item) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest(JSON.writeValueAsString(item).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String message(String code, @Nullable Object... args) {
		return messages.getMessage(code, args, Locale.FRANCE);
	}
}
