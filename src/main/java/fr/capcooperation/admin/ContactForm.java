package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.Contact;
import fr.capcooperation.catalog.ConditionSpec;

/** The edit form of a contact: name, what it does, its web address, the forms it is for (none: all), an optional condition. */
final class ContactForm extends ItemForm<Contact> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(), Field.of("name", Kind.LINE),
			Field.of("description", Kind.TEXT), Field.of("url", Kind.LINE), Field.of("forms", Kind.LINES),
			Field.of("condition", Kind.CONDITION).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String name = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String description = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String url = "";
	private String forms = "";

	ContactForm() {
		super(ItemType.CONTACT);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Contact item) {
		key = item.key();
		name = item.name();
		description = item.description();
		url = item.url();
		forms = lines(item.forms());
	}

	@Override
	@Nullable ConditionSpec condition(Contact item, String field) {
		return item.condition();
	}

	@Override
	Contact toItem() {
		return new Contact(key.strip(), name.strip(), description.strip(), url.strip(), keys(forms),
				conditionSpec("condition"));
	}
}
