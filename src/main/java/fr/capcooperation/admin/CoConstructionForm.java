package fr.capcooperation.admin;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.CoConstruction;
import fr.capcooperation.catalog.ConditionSpec;

/** The edit form of when co-construction is advised, and the advice. */
final class CoConstructionForm extends ItemForm<CoConstruction> {

	private static final List<Field> FIELDS = List.of(Field.of("condition", Kind.CONDITION),
			Field.of("advice", Kind.TEXT).withMarkdown());

	@NotBlank(message = "{admin.edit.error.required}")
	private String advice = "";

	CoConstructionForm() {
		super(ItemType.CO_CONSTRUCTION);
	}

	@Override
	public List<Field> fields() {
		return FIELDS;
	}

	@Override
	void fill(CoConstruction item) {
		advice = item.advice();
	}

	@Override
	@Nullable ConditionSpec condition(CoConstruction item, String name) {
		return item.condition();
	}

	@Override
	CoConstruction toItem() {
		return new CoConstruction(Objects.requireNonNull(conditionSpec("condition")),
				advice.strip());
	}
}
