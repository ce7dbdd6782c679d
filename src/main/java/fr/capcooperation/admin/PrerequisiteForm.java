package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.Prerequisite;

/** The edit form of a prerequisite of cooperation (a line of the readiness checklist). */
final class PrerequisiteForm extends ItemForm<Prerequisite> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("label", Kind.LINE),
			Field.of("question", Kind.LINE),
			Field.of("handoutText", Kind.TEXT),
			Field.of("advice", Kind.TEXT).withMarkdown());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String label = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String question = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String handoutText = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String advice = "";

	PrerequisiteForm() {
		super(ItemType.PREREQUISITE);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Prerequisite item) {
		key = item.key();
		label = item.label();
		question = item.question();
		handoutText = item.handoutText();
		advice = item.advice();
	}

	@Override
	Prerequisite toItem() {
		return new Prerequisite(key.strip(),
				label.strip(),
				question.strip(),
				handoutText.strip(),
				advice.strip());
	}
}
