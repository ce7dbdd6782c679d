package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.FormFamily;
import fr.capcooperation.catalog.CatalogContent.NamedText;
import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.presentation.Slide.Item;
import fr.capcooperation.presentation.Slide.Kind;

/**
 * Builds the information evening's deck from a published catalogue version, so that an edit
 * shows up after publication. Long content is split over several slides so that nothing ever
 * scrolls inside a slide at 1280×720.
 */
@Component
class DeckBuilder {

	/** Characters of running text that fit on a slide at 1280×720 with 28 px type. */
	static final int TEXT_PER_SLIDE = 420;
	/** Lines of a list slide: short names only, or names with a sentence each. */
	static final int SHORT_ITEMS_PER_SLIDE = 7;
	static final int LONG_ITEMS_PER_SLIDE = 3;
	/** Rows of the comparison table on one slide. */
	static final int FORMS_PER_SLIDE = 5;

	private static final String COOPERATION = "cooperation";
	private static final String COOPERATIVES = "cooperatives";

	private final MessageSource messages;

	DeckBuilder(MessageSource messages) {
		this.messages = messages;
	}

	Deck build(Catalog catalog) {
		List<Slide> slides = new ArrayList<>();
		slides.add(slide("ouverture", Kind.OPENING, message("presentation.slide.opening.title"),
				message("presentation.slide.opening.kicker"), message("presentation.slide.opening.text"), List.of()));

		Notion cooperation = catalog.notion(COOPERATION).orElse(null);
		if (cooperation != null) {
			text(slides, "pourquoi-cooperer", message("presentation.slide.why.title"), cooperation.name(),
					cooperation.summary());
			if (!cooperation.objectives().isEmpty()) {
				list(slides, "objectifs", message("presentation.slide.objectives.title", cooperation.objectives().size()),
						cooperation.name(), cooperation.objectives().stream().map(o -> new Item(capitalise(o), null)).toList());
			}
		}
		if (!catalog.prerequisites().isEmpty()) {
			list(slides, "prealables", message("presentation.slide.prerequisites.title", catalog.prerequisites().size()),
					message("presentation.slide.prerequisites.kicker"),
					catalog.prerequisites().stream().map(Prerequisite::label).map(label -> new Item(label, null)).toList());
		}
		Spectrum.of(catalog)
			.ifPresent(spectrum -> slides.add(new Slide(0, "du-partenariat-a-la-fusion", Kind.SPECTRUM,
					message("presentation.slide.spectrum.title"), message("presentation.slide.spectrum.kicker"), null, List.of(),
					List.of(), null, spectrum)));
		for (Notion notion : catalog.notions()) {
			if (!notion.key().equals(COOPERATION)) {
				text(slides, "notion-" + slug(notion.key()), notion.name(), message("presentation.slide.notion.kicker"),
						notion.summary());
			}
		}
		for (FormFamily family : catalog.families()) {
			List<CooperationForm> forms = catalog.formsOf(family.key());
			if (forms.size() > 1) {
				text(slides, "famille-" + slug(family.key()), family.name(), message("presentation.slide.family.kicker"),
						family.description());
			}
			if (family.key().equals(COOPERATIVES)) {
				named(slides, "valeurs-cooperatives", message("presentation.slide.values.title"), family.name(),
						catalog.content().cooperativeValues());
				named(slides, "principes-cooperatifs", message("presentation.slide.principles.title"), family.name(),
						catalog.content().cooperativePrinciples());
			}
			for (CooperationForm form : forms) {
				List<String> pieces = TextSplitter.split(form.summary(), TEXT_PER_SLIDE);
				for (int i = 0; i < pieces.size(); i++) {
					slides.add(new Slide(0, suffix("forme-" + slug(form.key()), i), Kind.TEXT,
							part(form.name(), i, pieces.size()), message("presentation.slide.form.kicker", family.name()),
							pieces.get(i), List.of(), List.of(), form.legalPerson(), null));
				}
				slides.add(slide("forme-" + slug(form.key()) + "-pour-qui", Kind.LIST, form.name(),
						message("presentation.slide.form.who.kicker"), null, forWhom(catalog, form)));
			}
		}
		List<CooperationForm> forms = catalog.forms();
		int tableSlides = (forms.size() + FORMS_PER_SLIDE - 1) / FORMS_PER_SLIDE;
		for (int i = 0; i < tableSlides; i++) {
			slides.add(new Slide(0, suffix("comparaison", i), Kind.TABLE,
					part(message("presentation.slide.comparison.title"), i, tableSlides),
					message("presentation.slide.comparison.kicker"), null, List.of(),
					forms.subList(i * FORMS_PER_SLIDE, Math.min(forms.size(), (i + 1) * FORMS_PER_SLIDE)), null, null));
		}
		slides.add(slide("cloture", Kind.CLOSING, message("presentation.slide.closing.title"),
				message("presentation.slide.closing.kicker"), message("presentation.slide.closing.text"), List.of()));

		List<Slide> numbered = new ArrayList<>();
		for (int i = 0; i < slides.size(); i++) {
			numbered.add(slides.get(i).numbered(i + 1));
		}
		return new Deck(catalog.version(), numbered);
	}

	private void text(List<Slide> slides, String slug, String title, @Nullable String kicker, String text) {
		List<String> pieces = TextSplitter.split(text, TEXT_PER_SLIDE);
		for (int i = 0; i < pieces.size(); i++) {
			slides.add(slide(suffix(slug, i), Kind.TEXT, part(title, i, pieces.size()), kicker, pieces.get(i), List.of()));
		}
	}

	private void named(List<Slide> slides, String slug, String title, String kicker, List<NamedText> texts) {
		list(slides, slug, title, kicker, texts.stream().map(text -> new Item(text.name(), text.text())).toList());
	}

	private void list(List<Slide> slides, String slug, String title, @Nullable String kicker, List<Item> items) {
		boolean longItems = items.stream().anyMatch(item -> item.text() != null);
		int perSlide = longItems ? LONG_ITEMS_PER_SLIDE : SHORT_ITEMS_PER_SLIDE;
		int count = (items.size() + perSlide - 1) / perSlide;
		for (int i = 0; i < count; i++) {
			slides.add(slide(suffix(slug, i), Kind.LIST, part(title, i, count), kicker, null,
					items.subList(i * perSlide, Math.min(items.size(), (i + 1) * perSlide))));
		}
	}

	private static Slide slide(String slug, Kind kind, String title, @Nullable String kicker, @Nullable String text,
			List<Item> items) {
		return new Slide(0, slug, kind, title, kicker, text, items, List.of(), null, null);
	}

	/**
	 * A form's second slide: who may be a member, and one example from the reference scenarios
	 * (the first one that expects it), when there is one.
	 */
	private List<Item> forWhom(Catalog catalog, CooperationForm form) {
		List<Item> items = new ArrayList<>();
		items.add(new Item(message("presentation.slide.form.who"), form.members()));
		catalog.content()
			.scenarios()
			.stream()
			.filter(scenario -> scenario.expectedFirst().equals(form.key()))
			.findFirst()
			.ifPresent(scenario -> items.add(new Item(message("presentation.slide.form.example"), scenario.title())));
		return items;
	}

	private String part(String title, int index, int count) {
		return count == 1 ? title : message("presentation.slide.part", title, index + 1, count);
	}

	private static String suffix(String slug, int index) {
		return index == 0 ? slug : slug + "-" + (index + 1);
	}

	static String slug(String key) {
		return key.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRANCE);
	}
}
