package fr.capcooperation.web;

/**
 * A text as a test reads it on a page: with the French spacing every page applies
 * ({@link FrenchTypography}), and the no-break space before « : » read as a space, as jsoup's
 * {@code text()} reads it (the narrow one it keeps).
 */
public final class PageText {

	private PageText() {
	}

	/** What {@code Element.text()} returns for a text the page was given as {@code text}. */
	public static String of(String text) {
		return FrenchTypography.text(text).replace(FrenchTypography.NO_BREAK, ' ');
	}

	/** The text as it is in the page's HTML source (the no-break spaces as characters). */
	public static String inHtml(String text) {
		return FrenchTypography.text(text);
	}
}
