package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.DocumentModel;

/**
 * The edit form of a draft document model: its body (lines: {@code # } title, {@code ## } heading,
 * {@code - } item; placeholders such as {@code {{structure1.nom}}}) and its mandatory mentions,
 * each of which the publication finds in the body, as it checks every placeholder.
 */
final class DocumentModelForm extends ItemForm<DocumentModel> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(), Field.of("title", Kind.LINE),
			Field.of("summary", Kind.TEXT), Field.of("forms", Kind.LINES), Field.of("body", Kind.TEXT),
			Field.of("mandatoryMentions", Kind.LINES));

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String title = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String summary = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String forms = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String body = "";
	private String mandatoryMentions = "";

	DocumentModelForm() {
		super(ItemType.DOCUMENT_MODEL);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(DocumentModel item) {
		key = item.key();
		title = item.title();
		summary = item.summary();
		forms = lines(item.forms());
		body = item.body();
		mandatoryMentions = lines(item.mandatoryMentions());
	}

	@Override
	DocumentModel toItem() {
		return new DocumentModel(key.strip(), title.strip(), summary.strip(), keys(forms), body.strip(),
				lines(mandatoryMentions));
	}
}
