package fr.capcooperation.admin;

import java.io.Serializable;
import java.util.List;

import fr.capcooperation.catalog.CatalogContent;

/**
 * A reference scenario's state as the back-office shows it: its title, the form expected and
 * the forms recommended by their names, the expected exclusions that did not happen and the forms
 * that had to stay possible but were excluded.
 */
public record ScenarioLine(String key, String title, String expected, String recommended, String notExcluded,
		String wronglyExcluded, boolean passed) implements Serializable {

	private static final long serialVersionUID = 1L;

	static List<ScenarioLine> of(List<DraftService.ScenarioResult> results, CatalogContent content, ItemTexts texts) {
		return results.stream()
			.map(result -> new ScenarioLine(result.scenario().key(), result.scenario().title(),
					texts.formName(result.scenario().expectedFirst(), content), texts.formNames(result.recommended(), content),
					texts.formNames(result.notExcluded(), content), texts.formNames(result.wronglyExcluded(), content),
					result.passed()))
			.toList();
	}
}
