package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.FormFamily;

/** The edit form of a family of forms. */
final class FamilyForm extends ItemForm<FormFamily> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("name", Kind.LINE),
			Field.of("description", Kind.TEXT).withMarkdown(),
			Field.of("handoutText", Kind.TEXT).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String name = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String description = "";
	/** The handout's words about the family, verbatim (format 2). */
	private String handoutText = "";

	FamilyForm() {
		super(ItemType.FAMILY);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(FormFamily item) {
		key = item.key();
		name = item.name();
		description = item.description();
		handoutText = text(item.handoutText());
	}

	@Override
	FormFamily toItem() {
		return new FormFamily(key.strip(),
				name.strip(),
				description.strip(),
				optional(handoutText));
	}
}
