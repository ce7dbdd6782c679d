package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.capcooperation.catalog.CatalogContent;

/**
 * Every field of the catalogue's content has its field in an edit form of the back-office, or is
 * listed here as deliberately not editable: a field added to a content record without an editor
 * fails here (whoever adds it is told), and so does an editor field that no record has.
 */
class EditFormsCoverTheContentTest {

	/** Fields no editor changes, and why. */
	private static final Map<String, String> NOT_EDITABLE = Map.of("CatalogContent.format",
			"the snapshot format's number, written by the application");

	/** The parts of the content that an item kind edits (the cooperative texts are one item of three parts). */
	private static final Map<String, Set<String>> PARTS = Map.ofEntries(Map.entry("texts", Set.of("TEXTS")),
			Map.entry("notions", Set.of("NOTION")), Map.entry("prerequisites", Set.of("PREREQUISITE")),
			Map.entry("families", Set.of("FAMILY")), Map.entry("forms", Set.of("FORM")),
			Map.entry("cooperativeValues", Set.of("COOPERATIVES")), Map.entry("cooperativePrinciples", Set.of("COOPERATIVES")),
			Map.entry("cooperativePrinciplesReference", Set.of("COOPERATIVES")), Map.entry("questions", Set.of("QUESTION")),
			Map.entry("rules", Set.of("RULE")), Map.entry("coConstruction", Set.of("CO_CONSTRUCTION")),
			Map.entry("glossary", Set.of("GLOSSARY")), Map.entry("scenarios", Set.of("SCENARIO")),
			Map.entry("graduatedPath", Set.of("GRADUATED_PATH")), Map.entry("roadmaps", Set.of("ROADMAP")),
			Map.entry("roadmapSteps", Set.of("ROADMAP_STEP")), Map.entry("readinessSteps", Set.of("READINESS_STEP")),
			Map.entry("consequences", Set.of("CONSEQUENCE")), Map.entry("contacts", Set.of("CONTACT")),
			Map.entry("documentModels", Set.of("DOCUMENT_MODEL")));

	@Test
	void every_part_of_the_content_is_edited_by_an_item_kind() {
		for (RecordComponent part : CatalogContent.class.getRecordComponents()) {
			if (NOT_EDITABLE.containsKey("CatalogContent." + part.getName())) {
				continue;
			}
			assertThat(PARTS).as("the item kind that edits CatalogContent.%s", part.getName()).containsKey(part.getName());
		}
	}

	@Test
	void every_field_of_every_item_has_its_editor_field_and_no_editor_field_is_invented() {
		for (ItemType type : ItemType.values()) {
			List<String> record = Arrays.stream(type.recordType().getRecordComponents())
				.map(RecordComponent::getName)
				.filter(name -> !NOT_EDITABLE.containsKey(type.recordType().getSimpleName() + "." + name))
				.toList();
			List<String> form = type.blankForm().fields().stream().map(ItemForm.Field::name).toList();
			assertThat(form).as("the fields of the edit form of %s (%s)", type, type.recordType().getSimpleName())
				.containsExactlyElementsOf(record);
		}
	}
}
