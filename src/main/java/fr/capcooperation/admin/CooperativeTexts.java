package fr.capcooperation.admin;

import java.util.List;

import fr.capcooperation.catalog.CatalogContent.NamedText;

/** The cooperative values and principles of the catalogue, edited together as one item. */
public record CooperativeTexts(String cooperativePrinciplesReference, List<NamedText> cooperativeValues,
		List<NamedText> cooperativePrinciples) {
}
