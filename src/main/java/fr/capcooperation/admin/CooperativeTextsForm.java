package fr.capcooperation.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

/** The edit form of the cooperative values and principles. */
final class CooperativeTextsForm extends ItemForm<CooperativeTexts> {

	private static final List<Field> FIELDS = List.of(Field.of("cooperativePrinciplesReference", Kind.LINE),
			Field.of("cooperativeValues", Kind.NAMED),
			Field.of("cooperativePrinciples", Kind.NAMED));

	@NotBlank(message = "{admin.edit.error.required}")
	private String cooperativePrinciplesReference = "";
	private String cooperativeValues = "";
	private String cooperativePrinciples = "";

	CooperativeTextsForm() {
		super(ItemType.COOPERATIVES);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(CooperativeTexts item) {
		cooperativePrinciplesReference = item.cooperativePrinciplesReference();
		cooperativeValues = named(item.cooperativeValues());
		cooperativePrinciples = named(item.cooperativePrinciples());
	}

	@Override
	CooperativeTexts toItem() {
		return new CooperativeTexts(cooperativePrinciplesReference.strip(),
				named(cooperativeValues),
				named(cooperativePrinciples));
	}
}
