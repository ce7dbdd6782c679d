package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.Texts;

/** The edit form of the texts shown with every result. */
final class TextsForm extends ItemForm<Texts> {

	private static final List<Field> FIELDS = List.of(Field.of("disclaimer", Kind.TEXT).withMarkdown(),
			Field.of("support", Kind.TEXT).withMarkdown(), Field.of("legalReview", Kind.TEXT).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String disclaimer = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String support = "";
	/** When and how the catalogue was last read against the law (format 2). */
	private String legalReview = "";

	TextsForm() {
		super(ItemType.TEXTS);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Texts item) {
		disclaimer = item.disclaimer();
		support = item.support();
		legalReview = text(item.legalReview());
	}

	@Override
	Texts toItem() {
		return new Texts(disclaimer.strip(), support.strip(), optional(legalReview));
	}
}
