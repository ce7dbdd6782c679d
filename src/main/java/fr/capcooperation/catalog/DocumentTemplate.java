package fr.capcooperation.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a document model: lines of text, {@code # } a title, {@code ## } a heading,
 * {@code - } an item, anything else a paragraph; placeholders {@code {{structure1.nom}}} are
 * filled from what the person typed in « Vos structures » and from the plan. Only the
 * {@link #PLACEHOLDERS} exist: the publication refuses a model naming another.
 */
public final class DocumentTemplate {

	/** How many partners « Vos structures » holds. */
	public static final int MAX_STRUCTURES = 4;

	/** What a structure's placeholders may say (structure1.nom …). */
	public static final List<String> STRUCTURE_FIELDS = List.of("nom", "adresse", "representant", "qualite", "membres",
			"salaries");

	/** Every placeholder a model may use. */
	public static final Set<String> PLACEHOLDERS = placeholderNames();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");

	private DocumentTemplate() {
	}

	private static Set<String> placeholderNames() {
		Set<String> names = new LinkedHashSet<>();
		for (int i = 1; i <= MAX_STRUCTURES; i++) {
			for (String field : STRUCTURE_FIELDS) {
				names.add("structure" + i + "." + field);
			}
		}
		names.add("structures.noms");
		names.add("date_visee");
		names.add("date_du_jour");
		names.add("forme");
		return Set.copyOf(names);
	}

	/** The kinds of block of a body. */
	public enum Kind {
		TITLE, HEADING, ITEM, PARAGRAPH
	}

	/** One line of a body, without its marker. */
	public record Block(Kind kind, String text) {
	}

	/** The placeholders a text names, in order, each once. */
	public static List<String> placeholders(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return List.copyOf(found);
	}

	/** The placeholders of a text that do not exist. */
	public static List<String> unknownPlaceholders(String text) {
		return placeholders(text).stream().filter(name -> !PLACEHOLDERS.contains(name)).toList();
	}

	/** The blocks of a body; blank lines separate nothing more than lines do. */
	public static List<Block> blocks(String body) {
		List<Block> blocks = new ArrayList<>();
		for (String raw : body.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("## ")) {
				blocks.add(new Block(Kind.HEADING, line.substring(3).strip()));
			}
			else if (line.startsWith("# ")) {
				blocks.add(new Block(Kind.TITLE, line.substring(2).strip()));
			}
			else if (line.startsWith("- ")) {
				blocks.add(new Block(Kind.ITEM, line.substring(2).strip()));
			}
			else {
				blocks.add(new Block(Kind.PARAGRAPH, line));
			}
		}
		return List.copyOf(blocks);
	}

	/**
	 * A text with its placeholders replaced by their values; a placeholder without a value (the
	 * person did not type it) becomes what {@code missing} says for it, so that nothing is invented.
	 */
	public static String fill(String text, Map<String, String> values, Function<String, String> missing) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = values.get(name);
			String replacement = value == null || value.isBlank() ? missing.apply(name) : value;
			matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}
