package fr.capcooperation.reference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.LegalNote;

/**
 * « Sources et mise à jour »: every official text the catalogue cites (in a form's legal basis
 * or dated notes), once, with a link to the official site that publishes it and the forms that
 * cite it, and per form the references themselves. A European regulation links to its page on
 * EUR-Lex (its CELEX number is built from its number); a French code, law or decree links to a
 * search for it on Légifrance, and each article cited links to the article itself where its
 * Légifrance identifier was confirmed ({@link #ARTICLE_IDS}), else to a search for that article.
 */
record Sources(List<OfficialText> texts, List<FormSources> forms) {

	/** A law, a decree, a code, an ordinance or a European regulation, as the catalogue names it. */
	static final Pattern TEXT = Pattern.compile("(?:Code [^,;()]*?(?=,| \\(| art\\.|$|;|\\.))"
			+ "|(?:[Ll]oi|[Dd]écret|[Oo]rdonnance) (?:n° [\\d-]+ )?du \\d{1,2}(?:er)? [a-zéû]+ \\d{4}"
			+ "|(?:[Dd]écret|[Oo]rdonnance|[Ll]oi) n° [\\d-]+|Règlement \\((?:CE|CEE|UE)\\) n° \\d+/\\d+");

	private static final Pattern REGULATION = Pattern.compile("Règlement \\((?:CE|CEE|UE)\\) n° (\\d+)/(\\d+)");

	/** An article number after « art. »: L1224-1, R2142-19, 9 bis, 19 quinquies, 1er, 206-1. */
	private static final Pattern ARTICLE = Pattern.compile("\\b([LRD]?\\d+(?:-\\d+)*)(?:er)?"
			+ "(?: (bis|ter|quater|quinquies|sexies|septies|octies))?(?![\\d°])");

	/**
	 * The articles whose Légifrance identifier was read tied to that article and text (see
	 * docs/legal-checks.md, « Liens vers les articles »); every other article links to a search
	 * for it. A code's article opens under {@code /codes/article_lc/}, a law's under {@code /loda/article_lc/}.
	 */
	static final Map<String, String> ARTICLE_IDS = Map.of("Code du travail|L1224-1", "LEGIARTI000006900875",
			"Code du travail|L2312-8", "LEGIARTI000036411413");

	/** One official text: its name, where to read it, the forms whose references cite it, and the articles cited. */
	record OfficialText(String name, String url, List<String> forms, List<Article> articles) {
	}

	/** An article of an official text, and where to read it: the article itself, or a search for it. */
	record Article(String number, String url, boolean direct) {

		/** « art. L1224-1 », « art. 9 bis ». */
		public String label() {
			return "art. " + number;
		}
	}

	/** A form's references: its legal basis and its dated notes. */
	record FormSources(CooperationForm form, String legalBasis, List<LegalNote> notes) {
	}

	static Sources of(Catalog catalog) {
		Map<String, List<String>> cited = new LinkedHashMap<>();
		Map<String, List<String>> articles = new LinkedHashMap<>();
		List<FormSources> forms = new ArrayList<>();
		for (CooperationForm form : catalog.forms()) {
			List<String> references = new ArrayList<>();
			references.add(form.legalBasis());
			form.legalNotes().forEach(note -> references.add(note.reference()));
			for (String reference : references) {
				for (String name : texts(reference)) {
					List<String> citing = cited.computeIfAbsent(name, key -> new ArrayList<>());
					if (!citing.contains(form.name())) {
						citing.add(form.name());
					}
				}
				articles(reference).forEach((name, numbers) -> {
					List<String> known = articles.computeIfAbsent(name, key -> new ArrayList<>());
					numbers.stream().filter(number -> !known.contains(number)).forEach(known::add);
				});
			}
			forms.add(new FormSources(form, form.legalBasis(), form.legalNotes()));
		}
		List<OfficialText> texts = cited.entrySet()
			.stream()
			.map(entry -> new OfficialText(entry.getKey(), url(entry.getKey()), List.copyOf(entry.getValue()),
					articles.getOrDefault(entry.getKey(), List.of())
						.stream()
						.map(number -> article(entry.getKey(), number))
						.toList()))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
		return new Sources(texts, List.copyOf(forms));
	}

	/** The official texts a reference names, in its order (« Code du travail, art. L1224-1 » names the Code du travail). */
	static List<String> texts(String reference) {
		List<String> names = new ArrayList<>();
		Matcher matcher = TEXT.matcher(reference);
		while (matcher.find()) {
			String name = matcher.group().strip();
			name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The articles a reference cites, per text (« Code du travail, art. L1224-1 et L2312-8 » cites
	 * L1224-1 and L2312-8 of the Code du travail): the numbers after « art. », up to the next text
	 * named or the next « ; ». A European regulation's articles are not listed (EUR-Lex shows the
	 * regulation whole).
	 */
	static Map<String, List<String>> articles(String reference) {
		Map<String, List<String>> cited = new LinkedHashMap<>();
		Matcher text = TEXT.matcher(reference);
		List<int[]> spans = new ArrayList<>();
		List<String> names = new ArrayList<>();
		while (text.find()) {
			spans.add(new int[] { text.start(), text.end() });
			String name = text.group().strip();
			names.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
		}
		for (int i = 0; i < spans.size(); i++) {
			if (REGULATION.matcher(names.get(i)).matches()) {
				continue;
			}
			int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : reference.length();
			// an abbreviation after the name, « (CASF) », and a paragraph, « (3°) », are no brackets that end the list
			String after = reference.substring(spans.get(i)[1], end)
				.replaceFirst("^ \\([A-Z]{2,}\\)", "")
				.replaceAll(" ?\\(\\d+°\\)", "");
			// « Code civil (art. 1101 et suivants) »: the articles in brackets right after the name;
			// else those before any bracket (« …, art. 6 (CASF, art. L312-7-2) » cites art. 6 only)
			boolean bracketed = after.startsWith(" (art.");
			after = bracketed ? after.substring(2) : after;
			int stop = firstOf(after, bracketed ? ");" : "(;");
			after = stop < 0 ? after : after.substring(0, stop);
			int art = after.indexOf("art.");
			if (art < 0) {
				continue;
			}
			Matcher number = ARTICLE.matcher(after.substring(art + 4));
			List<String> numbers = cited.computeIfAbsent(names.get(i), key -> new ArrayList<>());
			while (number.find()) {
				String found = number.group(1) + (number.group(2) == null ? "" : " " + number.group(2));
				if (!numbers.contains(found)) {
					numbers.add(found);
				}
			}
		}
		cited.values().removeIf(List::isEmpty);
		return cited;
	}

	private static int firstOf(String text, String characters) {
		int first = -1;
		for (char c : characters.toCharArray()) {
			int at = text.indexOf(c);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/** Where to read one article: the article itself when its identifier is known, else a search for it. */
	static Article article(String text, String number) {
		String id = ARTICLE_IDS.get(text + "|" + number);
		if (id != null) {
			String kind = text.startsWith("Code") ? "codes" : "loda";
			return new Article(number, "https://www.legifrance.gouv.fr/" + kind + "/article_lc/" + id, true);
		}
		return new Article(number, "https://www.legifrance.gouv.fr/search/all?tab_selection=all&searchField=ALL&query="
				+ URLEncoder.encode(text + " article " + number, StandardCharsets.UTF_8), false);
	}

	/** Where to read a text: EUR-Lex for a European regulation, else a search on Légifrance. */
	static String url(String name) {
		Matcher regulation = REGULATION.matcher(name);
		if (regulation.matches()) {
			String number = regulation.group(1);
			String year = regulation.group(2);
			String fullYear = year.length() == 2 ? "19" + year : year;
			return "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:3" + fullYear + "R"
					+ "0".repeat(Math.max(0, 4 - number.length())) + number;
		}
		return "https://www.legifrance.gouv.fr/search/all?tab_selection=all&searchField=ALL&query="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8);
	}
}
