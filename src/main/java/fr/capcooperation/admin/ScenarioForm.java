package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.Scenario;

/** The edit form of a reference scenario of the publication gate. */
final class ScenarioForm extends ItemForm<Scenario> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("title", Kind.LINE),
			Field.of("description", Kind.TEXT).withMarkdown(),
			Field.of("answers", Kind.JSON),
			Field.of("expectedFirst", Kind.SELECT),
			Field.of("expectedExcluded", Kind.LINES),
			Field.of("expectedPossible", Kind.LINES));

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String title = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String description = "";
	private String answers = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String expectedFirst = "";
	private String expectedExcluded = "";
	/** The forms the law allows here, which must not be excluded (format 2). */
	private String expectedPossible = "";

	ScenarioForm() {
		super(ItemType.SCENARIO);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Scenario item) {
		key = item.key();
		title = item.title();
		description = item.description();
		answers = ItemTexts.JSON.writeValueAsString(item.answers());
		expectedFirst = text(item.expectedFirst());
		expectedExcluded = lines(item.expectedExcluded());
		expectedPossible = lines(item.mustStayPossible());
	}

	@Override
	Scenario toItem() {
		return new Scenario(key.strip(),
				title.strip(),
				description.strip(),
				EditContext.answers(answers),
				expectedFirst.strip(),
				keys(expectedExcluded),
				keys(expectedPossible));
	}
}
