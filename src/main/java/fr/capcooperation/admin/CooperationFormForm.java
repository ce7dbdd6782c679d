package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;

/** The edit form of a form of cooperation. */
final class CooperationFormForm extends ItemForm<CooperationForm> {

	private static final List<Field> FIELDS = List.of(Field.of("key", Kind.LINE).asFixed(),
			Field.of("name", Kind.LINE),
			Field.of("shortName", Kind.LINE),
			Field.of("family", Kind.SELECT),
			Field.of("legalPerson", Kind.CHECKBOX),
			Field.of("handoutText", Kind.TEXT).asOptional(),
			Field.of("summary", Kind.TEXT).withMarkdown(),
			Field.of("legalBasis", Kind.TEXT),
			Field.of("members", Kind.TEXT),
			Field.of("legalPersonality", Kind.LINE),
			Field.of("money", Kind.TEXT),
			Field.of("governance", Kind.TEXT),
			Field.of("duration", Kind.LINE),
			Field.of("formalities", Kind.TEXT),
			Field.of("advantages", Kind.LINES),
			Field.of("limits", Kind.LINES),
			Field.of("nextSteps", Kind.LINES),
			Field.of("legalNotes", Kind.NOTES),
			Field.of("notions", Kind.LINES),
			Field.of("step", Kind.SELECT).asOptional());

	@NotBlank(message = "{admin.edit.error.required}")
	private String key = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String name = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String shortName = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String family = "";
	private boolean legalPerson = false;
	private String handoutText = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String summary = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String legalBasis = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String members = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String legalPersonality = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String money = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String governance = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String duration = "";
	@NotBlank(message = "{admin.edit.error.required}")
	private String formalities = "";
	private String advantages = "";
	private String limits = "";
	private String nextSteps = "";
	private String legalNotes = "";
	private String notions = "";
	/** The form's step on the graduated path (format 2), one of the path question's options. */
	private String step = "";

	CooperationFormForm() {
		super(ItemType.FORM);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(CooperationForm item) {
		key = item.key();
		name = item.name();
		shortName = item.shortName();
		family = text(item.family());
		legalPerson = item.legalPerson();
		handoutText = text(item.handoutText());
		summary = item.summary();
		legalBasis = item.legalBasis();
		members = item.members();
		legalPersonality = item.legalPersonality();
		money = item.money();
		governance = item.governance();
		duration = item.duration();
		formalities = item.formalities();
		advantages = lines(item.advantages());
		limits = lines(item.limits());
		nextSteps = lines(item.nextSteps());
		legalNotes = notes(item.legalNotes());
		notions = lines(item.notions());
		step = text(item.step());
	}

	@Override
	CooperationForm toItem() {
		return new CooperationForm(key.strip(),
				name.strip(),
				shortName.strip(),
				family.strip(),
				legalPerson,
				optional(handoutText),
				summary.strip(),
				legalBasis.strip(),
				members.strip(),
				legalPersonality.strip(),
				money.strip(),
				governance.strip(),
				duration.strip(),
				formalities.strip(),
				lines(advantages),
				lines(limits),
				lines(nextSteps),
				notes(legalNotes),
				keys(notions),
				optional(step));
	}
}
