package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.CoConstruction;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.FormFamily;
import fr.capcooperation.catalog.CatalogContent.GlossaryEntry;
import fr.capcooperation.catalog.CatalogContent.GraduatedPath;
import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.catalog.CatalogContent.Texts;

/**
 * The kinds of item an editor changes in the draft, each with its address segment, its record
 * type, and how to read and replace its list in a {@link CatalogContent}. Texts and the
 * co-construction advice are single items whose key is {@link #SINGLE}.
 */
public enum ItemType {

	TEXTS("textes", Texts.class, false), NOTION("notions", Notion.class, true),
	PREREQUISITE("prerequis", Prerequisite.class, true), FAMILY("familles", FormFamily.class, true),
	FORM("formes", CooperationForm.class, true), QUESTION("questions", Question.class, true),
	RULE("regles", RuleDefinition.class, true), CO_CONSTRUCTION("co-construction", CoConstruction.class, false),
	GLOSSARY("glossaire", GlossaryEntry.class, true), SCENARIO("scenarios", Scenario.class, true),
	COOPERATIVES("cooperatives", CooperativeTexts.class, false),
	GRADUATED_PATH("parcours", GraduatedPath.class, false);

	static final String SINGLE = "-";

	final String slug;
	final Class<? extends Record> type;
	/** Whether editors may add items of this kind (questions need new stored answers: not yet). */
	final boolean creatable;

	ItemType(String slug, Class<? extends Record> type, boolean creatable) {
		this.slug = slug;
		this.type = type;
		this.creatable = creatable;
	}

	public String getSlug() {
		return slug;
	}

	public boolean isCreatable() {
		return creatable;
	}

	public String getName() {
		return name();
	}

	static Optional<ItemType> bySlug(String slug) {
		for (ItemType type : values()) {
			if (type.slug.equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	public boolean single() {
		return this == TEXTS || this == CO_CONSTRUCTION || this == COOPERATIVES || this == GRADUATED_PATH;
	}

	/** The items of this kind, in order. */
	List<? extends Record> items(CatalogContent content) {
		return switch (this) {
			case TEXTS -> List.of(content.texts());
			case NOTION -> content.notions();
			case PREREQUISITE -> content.prerequisites();
			case FAMILY -> content.families();
			case FORM -> content.forms();
			case QUESTION -> content.questions();
			case RULE -> content.rules();
			case CO_CONSTRUCTION -> List.of(content.coConstruction());
			case GLOSSARY -> content.glossary();
			case SCENARIO -> content.scenarios();
			case COOPERATIVES -> List.of(new CooperativeTexts(content.cooperativePrinciplesReference(),
					content.cooperativeValues(), content.cooperativePrinciples()));
			// a catalogue of format 1 has no graduated path: nothing to edit
			case GRADUATED_PATH -> content.graduatedPath() == null ? List.of() : List.of(content.graduatedPath());
		};
	}

	static String keyOf(Record item) {
		if (item instanceof Notion notion) {
			return notion.key();
		}
		if (item instanceof Prerequisite prerequisite) {
			return prerequisite.key();
		}
		if (item instanceof FormFamily family) {
			return family.key();
		}
		if (item instanceof CooperationForm form) {
			return form.key();
		}
		if (item instanceof Question question) {
			return question.key();
		}
		if (item instanceof RuleDefinition rule) {
			return rule.key();
		}
		if (item instanceof GlossaryEntry entry) {
			return entry.key();
		}
		if (item instanceof Scenario scenario) {
			return scenario.key();
		}
		return SINGLE;
	}

	/** A short title for lists: the name, label or term of the item. */
	static String titleOf(Record item) {
		if (item instanceof Notion notion) {
			return notion.name();
		}
		if (item instanceof Prerequisite prerequisite) {
			return prerequisite.label();
		}
		if (item instanceof FormFamily family) {
			return family.name();
		}
		if (item instanceof CooperationForm form) {
			return form.name();
		}
		if (item instanceof Question question) {
			return question.label();
		}
		if (item instanceof RuleDefinition rule) {
			return rule.textHolds();
		}
		if (item instanceof GlossaryEntry entry) {
			return entry.term();
		}
		if (item instanceof Scenario scenario) {
			return scenario.title();
		}
		return "";
	}

	Optional<Record> find(CatalogContent content, String key) {
		return items(content).stream().filter(item -> keyOf(item).equals(key)).map(Record.class::cast).findFirst();
	}

	/**
	 * The content with one item replaced (same key), added (new key, at the end, or at
	 * {@code position} when given, 0-based), in a new {@link CatalogContent}.
	 */
	CatalogContent with(CatalogContent content, Record item, @Nullable Integer position) {
		List<Record> list = new ArrayList<>(items(content));
		String key = keyOf(item);
		int index = -1;
		for (int i = 0; i < list.size(); i++) {
			if (keyOf(list.get(i)).equals(key)) {
				index = i;
			}
		}
		if (index >= 0) {
			list.set(index, item);
		}
		else {
			list.add(item);
			index = list.size() - 1;
		}
		if (position != null && position >= 0 && position < list.size() && position != index) {
			list.add(position, list.remove(index));
		}
		return replace(content, list);
	}

	CatalogContent without(CatalogContent content, String key) {
		List<Record> list = new ArrayList<>(items(content));
		list.removeIf(item -> keyOf(item).equals(key));
		return replace(content, list);
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> cast(List<Record> list) {
		return List.copyOf((List<T>) (List<?>) list);
	}

	private CatalogContent replace(CatalogContent c, List<Record> list) {
		Function<Integer, Record> first = i -> list.get(i);
		return switch (this) {
			case TEXTS -> new CatalogContent(c.format(), (Texts) first.apply(0), c.notions(), c.prerequisites(),
					c.families(), c.forms(), c.cooperativeValues(), c.cooperativePrinciples(),
					c.cooperativePrinciplesReference(), c.questions(), c.rules(), c.coConstruction(), c.glossary(),
					c.scenarios(), c.graduatedPath());
			case NOTION -> new CatalogContent(c.format(), c.texts(), cast(list), c.prerequisites(), c.families(),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), c.rules(), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			case PREREQUISITE -> new CatalogContent(c.format(), c.texts(), c.notions(), cast(list), c.families(),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), c.rules(), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			case FAMILY -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), cast(list),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), c.rules(), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			case FORM -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), c.families(),
					cast(list), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), c.rules(), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			case QUESTION -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), c.families(),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					cast(list), c.rules(), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			case RULE -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), c.families(),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), cast(list), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			case CO_CONSTRUCTION -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(),
					c.families(), c.forms(), c.cooperativeValues(), c.cooperativePrinciples(),
					c.cooperativePrinciplesReference(), c.questions(), c.rules(), (CoConstruction) first.apply(0),
					c.glossary(), c.scenarios(), c.graduatedPath());
			case GLOSSARY -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), c.families(),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), c.rules(), c.coConstruction(), cast(list), c.scenarios(), c.graduatedPath());
			case SCENARIO -> new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), c.families(),
					c.forms(), c.cooperativeValues(), c.cooperativePrinciples(), c.cooperativePrinciplesReference(),
					c.questions(), c.rules(), c.coConstruction(), c.glossary(), cast(list), c.graduatedPath());
			case COOPERATIVES -> {
				CooperativeTexts texts = (CooperativeTexts) first.apply(0);
				yield new CatalogContent(c.format(), c.texts(), c.notions(), c.prerequisites(), c.families(), c.forms(),
						texts.cooperativeValues(), texts.cooperativePrinciples(), texts.cooperativePrinciplesReference(),
						c.questions(), c.rules(), c.coConstruction(), c.glossary(), c.scenarios(), c.graduatedPath());
			}
			case GRADUATED_PATH -> c.withGraduatedPath((GraduatedPath) first.apply(0));
		};
	}
}
