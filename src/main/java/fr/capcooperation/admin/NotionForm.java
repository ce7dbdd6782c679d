package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.Notion;

/** The edit form of a notion. */
final class NotionForm extends ItemForm<Notion> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("name", Kind.LINE),
			Field.of("handoutText", Kind.TEXT).asOptional(),
			Field.of("summary", Kind.TEXT).withMarkdown(),
			Field.of("body", Kind.TEXT).withMarkdown(),
			Field.of("objectives", Kind.LINES),
			Field.of("handoutPrerequisites", Kind.LINES));

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String name = "";
	private String handoutText = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String summary = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String body = "";
	private String objectives = "";
	private String handoutPrerequisites = "";

	NotionForm() {
		super(ItemType.NOTION);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Notion item) {
		key = item.key();
		name = item.name();
		handoutText = text(item.handoutText());
		summary = item.summary();
		body = item.body();
		objectives = lines(item.objectives());
		handoutPrerequisites = lines(item.handoutPrerequisites());
	}

	@Override
	Notion toItem() {
		return new Notion(key.strip(),
				name.strip(),
				optional(handoutText),
				summary.strip(),
				body.strip(),
				lines(objectives),
				lines(handoutPrerequisites));
	}
}
