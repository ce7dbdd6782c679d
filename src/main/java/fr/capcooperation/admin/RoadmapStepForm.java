package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.RoadmapStep;

/**
 * The edit form of a roadmap step: its form, who decides, from what it is dated (the target date
 * {@code date_visee} or another step's key) and by how much ({@code -P2M}), whether that delay is
 * the law's and its reference, the documents, models, time and cost. The publication checks the
 * anchors, the delays and the models.
 */
final class RoadmapStepForm extends ItemForm<RoadmapStep> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(), Field.of("form", Kind.SELECT),
			Field.of("title", Kind.LINE), Field.of("text", Kind.TEXT), Field.of("decidedBy", Kind.SELECT),
			Field.of("anchor", Kind.SELECT), Field.of("offset", Kind.LINE).asRequired(),
			Field.of("legal", Kind.CHECKBOX), Field.of("reference", Kind.LINE).asOptional(),
			Field.of("documents", Kind.LINES), Field.of("models", Kind.LINES), Field.of("duration", Kind.LINE).asOptional(),
			Field.of("cost", Kind.LINE).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String form = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String title = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String text = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String decidedBy = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String anchor = RoadmapStep.TARGET;
	@NotBlank(message = "{admin.edit.error.required}")
	private String offset = "";
	private boolean legal = false;
	private String reference = "";
	private String documents = "";
	private String models = "";
	private String duration = "";
	private String cost = "";

	RoadmapStepForm() {
		super(ItemType.ROADMAP_STEP);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(RoadmapStep item) {
		key = item.key();
		form = item.form();
		title = item.title();
		text = item.text();
		decidedBy = item.decidedBy();
		anchor = item.anchor();
		offset = item.offset();
		legal = item.legal();
		reference = text(item.reference());
		documents = lines(item.documents());
		models = lines(item.models());
		duration = text(item.duration());
		cost = text(item.cost());
	}

	@Override
	RoadmapStep toItem() {
		return new RoadmapStep(key.strip(), form.strip(), title.strip(), text.strip(), decidedBy.strip(), anchor.strip(),
				offset.strip(), legal, optional(reference), lines(documents), keys(models), optional(duration),
				optional(cost));
	}
}
