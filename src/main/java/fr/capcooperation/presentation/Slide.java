package fr.capcooperation.presentation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;

/**
 * One projected slide: its number, the stable slug of its URL, what it shows. Texts come from
 * the published catalogue (Markdown) or the presentation bundle, already resolved.
 */
public record Slide(int number, String slug, Kind kind, String title, @Nullable String kicker, @Nullable String text,
		List<Item> items, List<CooperationForm> forms, @Nullable Boolean legalPerson, @Nullable Spectrum spectrum) {

	public enum Kind {
		OPENING, TEXT, LIST, TABLE, SPECTRUM, CLOSING
	}

	/** A line of a list slide: a name and, sometimes, a short text (Markdown). */
	public record Item(String name, @Nullable String text) {
	}

	Slide numbered(int position) {
		return new Slide(position, slug, kind, title, kicker, text, items, forms, legalPerson, spectrum);
	}
}
