package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.GraduatedPath;

/**
 * The edit form of the graduated path (format 2): the question that asks how far to go, the step
 * from which a form is a common structure, the text shown when the result cannot recommend a
 * structure yet, the prerequisites and checklist levels that make a structure premature, and the
 * readiness warning's text.
 */
final class GraduatedPathForm extends ItemForm<GraduatedPath> {

	private static final List<Field> FIELDS = List.of(Field.of("ladderQuestion", Kind.SELECT),
			Field.of("structureFrom", Kind.SELECT),
			Field.of("undecidedText", Kind.TEXT).withMarkdown(),
			Field.of("keyPrerequisites", Kind.LINES),
			Field.of("weakLevels", Kind.LINES),
			Field.of("readinessWarningText", Kind.TEXT).withMarkdown());

	@NotBlank(message = "{admin.edit.error.required}")
	private String ladderQuestion = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String structureFrom = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String undecidedText = "";
	private String keyPrerequisites = "";
	private String weakLevels = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String readinessWarningText = "";

	GraduatedPathForm() {
		super(ItemType.GRADUATED_PATH);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(GraduatedPath item) {
		ladderQuestion = item.ladderQuestion();
		structureFrom = item.structureFrom();
		undecidedText = item.undecidedText();
		keyPrerequisites = lines(item.keyPrerequisites());
		weakLevels = lines(item.weakLevels());
		readinessWarningText = item.readinessWarningText();
	}

	@Override
	GraduatedPath toItem() {
		return new GraduatedPath(ladderQuestion.strip(),
				structureFrom.strip(),
				undecidedText.strip(),
				keys(keyPrerequisites),
				keys(weakLevels),
				readinessWarningText.strip());
	}
}
