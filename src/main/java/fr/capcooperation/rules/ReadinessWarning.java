package fr.capcooperation.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A common structure or a merger recommended while prerequisites of cooperation are weak
 * (principle P8): the weak lines, and a lighter first step from the catalogue.
 *
 * @param weakLines the checklist lines that call for the warning, in checklist order
 * @param firstStep a lighter form to begin with: the best-ranked form that is not a structure
 *        and not excluded, else the lightest form of the catalogue; null if the catalogue has none
 */
public record ReadinessWarning(List<String> weakLines, @Nullable String firstStep) {

	public ReadinessWarning {
		weakLines = List.copyOf(weakLines);
	}
}
