package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.CoConstruction;
import fr.capcooperation.catalog.CatalogContent.Consequence;
import fr.capcooperation.catalog.CatalogContent.Contact;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.CatalogContent.FormFamily;
import fr.capcooperation.catalog.CatalogContent.GlossaryEntry;
import fr.capcooperation.catalog.CatalogContent.GraduatedPath;
import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.ReadinessStep;
import fr.capcooperation.catalog.CatalogContent.Roadmap;
import fr.capcooperation.catalog.CatalogContent.RoadmapStep;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.catalog.CatalogContent.Texts;

/**
 * The kinds of item an editor changes in the draft, each with its address segment, its record,
 * its edit form, and where it lives in a {@link CatalogContent} (read, and replaced through
 * {@link ContentBuilder}). Texts, the co-construction advice and the cooperative texts are single
 * items whose key is {@link #SINGLE}.
 */
public enum ItemType {

	TEXTS("textes", Kind.single(Texts.class, content -> List.of(content.texts()), ContentBuilder::texts, TextsForm::new)),
	NOTION("notions", Kind.list(Notion.class, CatalogContent::notions, ContentBuilder::notions, Notion::key, Notion::name,
			NotionForm::new)),
	PREREQUISITE("prerequis", Kind.list(Prerequisite.class, CatalogContent::prerequisites, ContentBuilder::prerequisites,
			Prerequisite::key, Prerequisite::label, PrerequisiteForm::new)),
	FAMILY("familles", Kind.list(FormFamily.class, CatalogContent::families, ContentBuilder::families, FormFamily::key,
			FormFamily::name, FamilyForm::new)),
	FORM("formes", Kind.list(CooperationForm.class, CatalogContent::forms, ContentBuilder::forms, CooperationForm::key,
			CooperationForm::name, CooperationFormForm::new)),
	QUESTION("questions", Kind.list(Question.class, CatalogContent::questions, ContentBuilder::questions, Question::key,
			Question::label, QuestionForm::new)),
	RULE("regles", Kind.list(RuleDefinition.class, CatalogContent::rules, ContentBuilder::rules, RuleDefinition::key,
			RuleDefinition::textHolds, RuleForm::new)),
	CO_CONSTRUCTION("co-construction", Kind.single(CoConstruction.class, content -> List.of(content.coConstruction()),
			ContentBuilder::coConstruction, CoConstructionForm::new)),
	GLOSSARY("glossaire", Kind.list(GlossaryEntry.class, CatalogContent::glossary, ContentBuilder::glossary,
			GlossaryEntry::key, GlossaryEntry::term, GlossaryForm::new)),
	SCENARIO("scenarios", Kind.list(Scenario.class, CatalogContent::scenarios, ContentBuilder::scenarios, Scenario::key,
			Scenario::title, ScenarioForm::new)),
	COOPERATIVES("cooperatives", Kind.single(CooperativeTexts.class,
			content -> List.of(new CooperativeTexts(content.cooperativePrinciplesReference(), content.cooperativeValues(),
					content.cooperativePrinciples())),
			ContentBuilder::cooperatives, CooperativeTextsForm::new)),
	GRADUATED_PATH("parcours", Kind.single(GraduatedPath.class, ItemType::graduatedPath, ContentBuilder::graduatedPath,
			GraduatedPathForm::new)),
	ROADMAP("feuilles-de-route", Kind.list(Roadmap.class, CatalogContent::roadmaps, ContentBuilder::roadmaps, Roadmap::form,
			Roadmap::targetLabel, RoadmapForm::new)),
	ROADMAP_STEP("etapes", Kind.list(RoadmapStep.class, CatalogContent::roadmapSteps, ContentBuilder::roadmapSteps,
			RoadmapStep::key, RoadmapStep::title, RoadmapStepForm::new)),
	READINESS_STEP("etapes-preparatoires", Kind.list(ReadinessStep.class, CatalogContent::readinessSteps,
			ContentBuilder::readinessSteps, ReadinessStep::prerequisite, ReadinessStep::title, ReadinessStepForm::new)),
	CONSEQUENCE("consequences", Kind.list(Consequence.class, CatalogContent::consequences, ContentBuilder::consequences,
			Consequence::key, Consequence::title, ConsequenceForm::new)),
	CONTACT("contacts", Kind.list(Contact.class, CatalogContent::contacts, ContentBuilder::contacts, Contact::key,
			Contact::name, ContactForm::new)),
	DOCUMENT_MODEL("modeles", Kind.list(DocumentModel.class, CatalogContent::documentModels, ContentBuilder::documentModels,
			DocumentModel::key, DocumentModel::title, DocumentModelForm::new));

	static final String SINGLE = "-";

	/** The graduated path as a single item; none in a catalogue of format 1, which then has nothing to edit. */
	private static List<GraduatedPath> graduatedPath(CatalogContent content) {
		GraduatedPath path = content.graduatedPath();
		return path == null ? List.of() : List.of(path);
	}

	final String slug;
	private final Kind<?> kind;

	ItemType(String slug, Kind<?> kind) {
		this.slug = slug;
		this.kind = kind;
	}

	/**
	 * Where items of one record type live in the content, how each is named, and its edit form.
	 * A single item has the key {@link #SINGLE} and no title.
	 */
	private record Kind<T extends Record>(Class<T> type, Function<CatalogContent, List<T>> items,
			BiFunction<ContentBuilder, List<T>, ContentBuilder> replace, Function<T, String> key, Function<T, String> title,
			Supplier<ItemForm<T>> form, boolean list) {

		static <T extends Record> Kind<T> list(Class<T> type, Function<CatalogContent, List<T>> items,
				BiFunction<ContentBuilder, List<T>, ContentBuilder> replace, Function<T, String> key, Function<T, String> title,
				Supplier<ItemForm<T>> form) {
			return new Kind<>(type, items, replace, key, title, form, true);
		}

		static <T extends Record> Kind<T> single(Class<T> type, Function<CatalogContent, List<T>> items,
				BiFunction<ContentBuilder, List<T>, ContentBuilder> replace, Supplier<ItemForm<T>> form) {
			return new Kind<>(type, items, replace, item -> SINGLE, item -> "", form, false);
		}

		String keyOf(Record item) {
			return key.apply(type.cast(item));
		}

		String titleOf(Record item) {
			return title.apply(type.cast(item));
		}

		ItemForm<T> form(@Nullable Record item, String fingerprint) {
			ItemForm<T> form = this.form.get();
			return item == null ? form : form.loaded(type.cast(item), fingerprint);
		}

		CatalogContent replaced(CatalogContent content, List<Record> list) {
			return replace.apply(new ContentBuilder(content), list.stream().map(type::cast).toList()).build();
		}
	}

	public String getSlug() {
		return slug;
	}

	/** Whether editors may add and remove items of this kind. */
	public boolean isCreatable() {
		return kind.list();
	}

	public String getName() {
		return name();
	}

	public boolean single() {
		return !kind.list();
	}

	/** The record type of the items of this kind. */
	Class<? extends Record> recordType() {
		return kind.type();
	}

	static Optional<ItemType> bySlug(String slug) {
		for (ItemType type : values()) {
			if (type.slug.equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	static ItemType of(Record item) {
		for (ItemType type : values()) {
			if (type.kind.type().isInstance(item)) {
				return type;
			}
		}
		throw new IllegalArgumentException("not an item of the catalogue: " + item.getClass());
	}

	/** The items of this kind, in order. */
	List<? extends Record> items(CatalogContent content) {
		return kind.items().apply(content);
	}

	static String keyOf(Record item) {
		return of(item).kind.keyOf(item);
	}

	/** A short title for lists: the name, label or term of the item. */
	static String titleOf(Record item) {
		return of(item).kind.titleOf(item);
	}

	/** An empty form for a new item of this kind. */
	ItemForm<?> blankForm() {
		return kind.form(null, "");
	}

	/** The form of an item of this kind, filled, with the fingerprint of the item as stored. */
	ItemForm<?> form(Record item, String fingerprint) {
		return kind.form(item, fingerprint);
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
		return kind.replaced(content, list);
	}

	CatalogContent without(CatalogContent content, String key) {
		List<Record> list = new ArrayList<>(items(content));
		list.removeIf(item -> keyOf(item).equals(key));
		return kind.replaced(content, list);
	}
}
