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

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getHandoutText() {
		return handoutText;
	}

	public void setHandoutText(String handoutText) {
		this.handoutText = handoutText;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getObjectives() {
		return objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public String getHandoutPrerequisites() {
		return handoutPrerequisites;
	}

	public void setHandoutPrerequisites(String handoutPrerequisites) {
		this.handoutPrerequisites = handoutPrerequisites;
	}
}
