package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an edit form shows and posts: the item's kind and key (null for a new item), the text
 * of each simple field, the condition trees, the option rows, the fingerprint of the item as
 * loaded, and the French errors by element id.
 */
public final class ItemForm {

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

	private final ItemType type;
	private final @Nullable String key;
	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, ConditionNode> conditions = new LinkedHashMap<>();
	private final List<OptionRow> options = new ArrayList<>();
	private final List<OptionRow> newOptions = new ArrayList<>();
	private final Map<String, String> errors = new LinkedHashMap<>();
	private String fingerprint = "";

	ItemForm(ItemType type, @Nullable String key) {
		this.type = type;
		this.key = key;
	}

	public ItemType getType() {
		return type;
	}

	public @Nullable String getKey() {
		return key;
	}

	public boolean isNew() {
		return key == null;
	}

	public Map<String, String> getValues() {
		return values;
	}

	public Map<String, ConditionNode> getConditions() {
		return conditions;
	}

	public List<OptionRow> getOptions() {
		return options;
	}

	/** The rows for options to add (a blank row adds nothing). */
	public List<OptionRow> getNewOptions() {
		return newOptions;
	}

	public Map<String, String> getErrors() {
		return errors;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	/** The element id of a simple field. */
	public static String id(String field) {
		return "f-" + field;
	}

	public String value(String field) {
		return values.getOrDefault(field, "");
	}

	public @Nullable String error(String field) {
		return errors.get(id(field));
	}
}
