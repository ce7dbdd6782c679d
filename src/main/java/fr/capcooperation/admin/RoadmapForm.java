package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.Errors;

import fr.capcooperation.catalog.CatalogContent.Roadmap;

/** The edit form of a form's roadmap: what its target date is, and its introduction (its steps are items of their own). */
final class RoadmapForm extends ItemForm<Roadmap> {

	private static final List<Field> FIELDS = List.of(Field.of("form", Kind.SELECT).asFixed(),
			Field.of("targetLabel", Kind.LINE), Field.of("targetHelp", Kind.TEXT), Field.of("introduction", Kind.TEXT));

	@NotBlank(message = "{admin.edit.error.required}")
	private String form = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String targetLabel = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String targetHelp = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String introduction = "";

	RoadmapForm() {
		super(ItemType.ROADMAP);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(Roadmap item) {
		form = item.form();
		targetLabel = item.targetLabel();
		targetHelp = item.targetHelp();
		introduction = item.introduction();
	}

	@Override
	void checkItem(EditContext context, Errors result) {
		if (isNew() && getItemType().find(context.draft(), form.strip()).isPresent()) {
			result.rejectValue("form", "admin.edit.error.duplicate", new Object[] { form.strip() }, null);
		}
	}

	@Override
	Roadmap toItem() {
		return new Roadmap(form.strip(), targetLabel.strip(), targetHelp.strip(), introduction.strip());
	}
}
