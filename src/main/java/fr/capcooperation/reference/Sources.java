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
 * search for it on Légifrance, which needs no identifier we would have to keep up to date.
 */
record Sources(List<OfficialText> texts, List<FormSources> forms) {

	/** A law, a decree, a code, an ordinance or a European regulation, as the catalogue names it. */
	static final Pattern TEXT = Pattern.compile("(?:Code [^,;()]*?(?=,| \\(| art\\.|$|;|\\.))"
			+ "|(?:[Ll]oi|[Dd]écret|[Oo]rdonnance) (?:n° [\\d-]+ )?du \\d{1,2}(?:er)? [a-zéû]+ \\d{4}"
			+ "|(?:[Dd]écret|[Oo]rdonnance|[Ll]oi) n° [\\d-]+|Règlement \\((?:CE|CEE|UE)\\) n° \\d+/\\d+");

	private static final Pattern REGULATION = Pattern.compile("Règlement \\((?:CE|CEE|UE)\\) n° (\\d+)/(\\d+)");

	/** One official text: its name, where to read it, and the forms whose references cite it. */
	record OfficialText(String name, String url, List<String> forms) {
	}

	/** A form's references: its legal basis and its dated notes. */
	record FormSources(CooperationForm form, String legalBasis, List<LegalNote> notes) {
	}

	static Sources of(Catalog catalog) {
		Map<String, List<String>> cited = new LinkedHashMap<>();
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
			}
			forms.add(new FormSources(form, form.legalBasis(), form.legalNotes()));
		}
		List<OfficialText> texts = cited.entrySet()
			.stream()
			.map(entry -> new OfficialText(entry.getKey(), url(entry.getKey()), List.copyOf(entry.getValue())))
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
