package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.GlossaryEntry;

/** The edit form of a glossary entry. */
final class GlossaryForm extends ItemForm<GlossaryEntry> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("term", Kind.LINE),
			Field.of("definition", Kind.TEXT).withMarkdown());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String term = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String definition = "";

	GlossaryForm() {
		super(ItemType.GLOSSARY);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(GlossaryEntry item) {
		key = item.key();
		term = item.term();
		definition = item.definition();
	}

	@Override
	GlossaryEntry toItem() {
		return new GlossaryEntry(key.strip(),
				term.strip(),
				definition.strip());
	}
}
