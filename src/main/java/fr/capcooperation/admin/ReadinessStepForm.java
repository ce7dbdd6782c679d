package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.Errors;

import fr.capcooperation.catalog.CatalogContent.ReadinessStep;

/** The edit form of the preparatory step a weak readiness line puts first in the plan (P8). */
final class ReadinessStepForm extends ItemForm<ReadinessStep> {

	private static final List<Field> FIELDS = List.of(Field.of("prerequisite", Kind.SELECT).asFixed(),
			Field.of("title", Kind.LINE), Field.of("text", Kind.TEXT), Field.of("offset", Kind.LINE).asRequired(),
			Field.of("duration", Kind.LINE).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String prerequisite = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String title = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String text = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String offset = "";
	private String duration = "";

	ReadinessStepForm() {
		super(ItemType.READINESS_STEP);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(ReadinessStep item) {
		prerequisite = item.prerequisite();
		title = item.title();
		text = item.text();
		offset = item.offset();
		duration = text(item.duration());
	}

	@Override
	void checkItem(EditContext context, Errors result) {
		if (isNew() && getItemType().find(context.draft(), prerequisite.strip()).isPresent()) {
			result.rejectValue("prerequisite", "admin.edit.error.duplicate", new Object[] { prerequisite.strip() }, null);
		}
	}

	@Override
	ReadinessStep toItem() {
		return new ReadinessStep(prerequisite.strip(), title.strip(), text.strip(), offset.strip(), optional(duration));
	}
}
