package fr.capcooperation.admin;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.ConditionSpec;
import fr.capcooperation.rules.RuleKind;

/**
 * The edit form of a rule: its form, its kind, its weight (1 to 5 for a rule that favours or
 * disfavours, none for one that requires or excludes), its condition and its three texts (when it
 * holds, when it does not, and the conditional one for an unknown answer, optional). A new
 * rule's key names its form: {@code gip.requires-public}.
 */
final class RuleForm extends ItemForm<RuleDefinition> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(), Field.of("form", Kind.SELECT),
			Field.of("kind", Kind.SELECT), Field.of("weight", Kind.NUMBER), Field.of("condition", Kind.CONDITION),
			Field.of("textHolds", Kind.TEXT), Field.of("textFails", Kind.TEXT), Field.of("textUnknown", Kind.TEXT).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String form = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String kind = "";
	private String weight = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String textHolds = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String textFails = "";
	/** The conditional « Si …, alors … » shown when an answer the rule reads is unknown (format 2). */
	private String textUnknown = "";

	RuleForm() {
		super(ItemType.RULE);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(RuleDefinition item) {
		key = item.key();
		form = item.form();
		kind = item.kind().name();
		weight = item.kind().isGate() ? "" : Integer.toString(item.weight());
		textHolds = item.textHolds();
		textFails = item.textFails();
		textUnknown = text(item.textUnknown());
	}

	@Override
	@Nullable ConditionSpec condition(RuleDefinition item, String name) {
		return item.condition();
	}

	@Override
	void checkItem(EditContext context, Errors result) {
		if (isNew() && !result.hasFieldErrors("key")) {
			if (key.strip().length() > ContentLimits.MAX_KEY_LENGTH) {
				result.rejectValue("key", "admin.edit.error.keyLength", new Object[] { ContentLimits.MAX_KEY_LENGTH }, null);
			}
			else if (!key.strip().matches("[a-z][a-z0-9_]*\\.[a-z0-9]+(-[a-z0-9]+)*")) {
				result.rejectValue("key", "admin.edit.error.ruleKey");
			}
			else if (!form.isBlank() && !key.strip().startsWith(form.strip() + ".")) {
				result.rejectValue("key", "admin.edit.error.ruleKeyForm", new Object[] { form.strip() }, null);
			}
			else if (getItemType().find(context.draft(), key.strip()).isPresent()) {
				result.rejectValue("key", "admin.edit.error.duplicate", new Object[] { key.strip() }, null);
			}
		}
		if (scored() && !result.hasFieldErrors("weight")) {
			int value = weight.isBlank() ? 0 : Integer.parseInt(weight.strip());
			if (value < 1 || value > 5) {
				result.rejectValue("weight", "admin.edit.error.weight");
			}
		}
	}

	/** A rule that favours or disfavours has a weight; one that requires or excludes has none. */
	private boolean scored() {
		return kind.equals(RuleKind.FAVOURS.name()) || kind.equals(RuleKind.DISFAVOURS.name());
	}

	@Override
	RuleDefinition toItem() {
		RuleKind ruleKind = RuleKind.valueOf(kind.strip());
		return new RuleDefinition(key.strip(), form.strip(), ruleKind, ruleKind.isGate() ? 0 : number(weight),
				Objects.requireNonNull(conditionSpec("condition")), textHolds.strip(), textFails.strip(), optional(textUnknown));
	}
}
