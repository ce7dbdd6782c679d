package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.Consequence;
import fr.capcooperation.catalog.ConditionSpec;

/** The edit form of a consequence: its domain, its text, its references, the forms it concerns, an optional condition. */
final class ConsequenceForm extends ItemForm<Consequence> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(), Field.of("domain", Kind.SELECT),
			Field.of("title", Kind.LINE), Field.of("text", Kind.TEXT), Field.of("references", Kind.LINES),
			Field.of("forms", Kind.LINES), Field.of("condition", Kind.CONDITION).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String domain = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String title = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String text = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String references = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String forms = "";

	ConsequenceForm() {
		super(ItemType.CONSEQUENCE);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Consequence item) {
		key = item.key();
		domain = item.domain();
		title = item.title();
		text = item.text();
		references = lines(item.references());
		forms = lines(item.forms());
	}

	@Override
	@Nullable ConditionSpec condition(Consequence item, String name) {
		return item.condition();
	}

	@Override
	Consequence toItem() {
		return new Consequence(key.strip(), domain.strip(), title.strip(), text.strip(), lines(references), keys(forms),
				conditionSpec("condition"));
	}
}
