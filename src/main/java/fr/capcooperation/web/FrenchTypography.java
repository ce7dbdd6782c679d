package fr.capcooperation.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French spacing around punctuation, the way a French reader expects it and a line never breaks
 * it: a narrow no-break space (U+202F) before « ; », « ! » and « ? », after « « » and before
 * « » », a no-break space (U+00A0) before « : ». Applied to every page as it is written
 * ({@link FrenchTypographyDialect}), so that message bundles, catalogue texts edited in the
 * back-office and Markdown all read the same without anyone typing those spaces.
 * <p>
 * Left as they are: addresses ({@code https://…}, {@code mailto:…}), times ({@code 14:30}),
 * placeholders ({@code {0}}, {@code {{structure1.nom}}}), Markdown link targets, HTML tags and
 * entities, and what is inside {@code code}, {@code pre}, {@code script}, {@code style} and
 * {@code textarea} (code, or a text being edited). A no-break space already there, narrow or
 * not, is kept: applying it twice changes nothing.
 */
public final class FrenchTypography {

	/** U+202F, before ; ! ? and inside « ». */
	public static final char NARROW = '\u202F';

	/** U+00A0, before :. */
	public static final char NO_BREAK = '\u00A0';

	/** The elements whose content is not prose: never touched. */
	static final Set<String> NOT_PROSE = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea");

	/** What must not change: addresses, placeholders, Markdown link targets, entities. */
	private static final Pattern PROTECTED = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s<>\"]*"
			+ "|\\bmailto:[^\\s<>\"]+|\\bdata:[^\\s<>\"]+|\\{\\{[^{}]*}}|\\{[^{}]*}|]\\([^)\\s]*\\)|&#?[a-z0-9]+;");

	/** What may follow ; ! ? used as punctuation (not « ![image] », not « ?query »). */
	private static final String PUNCTUATION_END = "(?=[\\s\\u00A0\\u202F»)\\]\"”’.,…!?*_]|$)";

	/** Spaces typed before ; ! ? (ordinary or no-break): one narrow no-break space. */
	private static final Pattern SPACE_BEFORE_HIGH = Pattern.compile("[ \\t\\u00A0\\u202F]+([;!?])" + PUNCTUATION_END);

	/** ; ! ? glued to a word and ending it: a narrow no-break space before. */
	private static final Pattern GLUED_HIGH = Pattern.compile("(?<=[\\p{L}\\p{N})\\]’'…*_])([;!?])" + PUNCTUATION_END);

	/** Ordinary spaces typed before a colon. */
	private static final Pattern SPACE_BEFORE_COLON = Pattern.compile("[ \\t]+:");

	/** A colon glued to a word and ending it (« Note: x »): a no-break space before; never 14:30 or https:. */
	private static final Pattern GLUED_COLON = Pattern.compile("(?<=[\\p{L})»])(:)(?=[\\s\\u00A0]|$)");

	/** « followed by spaces, or by a word. */
	private static final Pattern OPENING = Pattern.compile("«(?:[ \\t\\u00A0]+|(?=[^\\s\\u202F]))");

	/** » preceded by spaces, or by a word. */
	private static final Pattern CLOSING = Pattern.compile("(?:[ \\t\\u00A0]+|(?<![\\s\\u202F]))»");

	/** A tag, its name captured, closing or not. */
	private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)?[^>]*>", Pattern.DOTALL);

	private FrenchTypography() {
	}

	/** A plain text (no HTML) with French spacing. */
	public static String text(String text) {
		if (!mayChange(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		Matcher kept = PROTECTED.matcher(text);
		int from = 0;
		while (kept.find()) {
			out.append(prose(text.substring(from, kept.start()))).append(kept.group());
			from = kept.end();
		}
		return out.append(prose(text.substring(from))).toString();
	}

	/**
	 * An HTML fragment (text as Thymeleaf writes it: escaped, or Markdown rendered to HTML) with
	 * French spacing in its text, tags and the content of code, scripts and fields left alone.
	 */
	public static String html(String html) {
		if (!mayChange(html)) {
			return html;
		}
		if (html.indexOf('<') < 0) {
			return text(html);
		}
		StringBuilder out = new StringBuilder(html.length() + 8);
		Matcher tag = TAG.matcher(html);
		int from = 0;
		int notProse = 0;
		while (tag.find()) {
			String between = html.substring(from, tag.start());
			out.append(notProse > 0 ? between : text(between)).append(tag.group());
			String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
			if (NOT_PROSE.contains(name)) {
				notProse = Math.max(0, notProse + ("/".equals(tag.group(1)) ? -1 : 1));
			}
			from = tag.end();
		}
		String rest = html.substring(from);
		return out.append(notProse > 0 ? rest : text(rest)).toString();
	}

	private static boolean mayChange(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case ';', ':', '!', '?', '«', '»' -> {
					return true;
				}
				default -> {
				}
			}
		}
		return false;
	}

	private static String prose(String text) {
		if (!mayChange(text)) {
			return text;
		}
		String result = SPACE_BEFORE_HIGH.matcher(text).replaceAll(NARROW + "$1");
		result = GLUED_HIGH.matcher(result).replaceAll(NARROW + "$1");
		result = SPACE_BEFORE_COLON.matcher(result).replaceAll(NO_BREAK + ":");
		result = GLUED_COLON.matcher(result).replaceAll(NO_BREAK + "$1");
		result = OPENING.matcher(result).replaceAll("«" + NARROW);
		return CLOSING.matcher(result).replaceAll(NARROW + "»");
	}
}
