package fr.capcooperation.admin;

import java.util.List;

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
 * A draft's content with some parts replaced: the one place that calls {@link CatalogContent}'s
 * constructor, so that a part added to the content is added here once.
 */
final class ContentBuilder {

	private final CatalogContent content;
	private Texts texts;
	private List<Notion> notions;
	private List<Prerequisite> prerequisites;
	private List<FormFamily> families;
	private List<CooperationForm> forms;
	private CooperativeTexts cooperatives;
	private List<Question> questions;
	private List<RuleDefinition> rules;
	private CoConstruction coConstruction;
	private List<GlossaryEntry> glossary;
	private List<Scenario> scenarios;
	private @Nullable GraduatedPath graduatedPath;
	private List<Roadmap> roadmaps;
	private List<RoadmapStep> roadmapSteps;
	private List<ReadinessStep> readinessSteps;
	private List<Consequence> consequences;
	private List<Contact> contacts;
	private List<DocumentModel> documentModels;

	ContentBuilder(CatalogContent content) {
		this.content = content;
		this.texts = content.texts();
		this.notions = content.notions();
		this.prerequisites = content.prerequisites();
		this.families = content.families();
		this.forms = content.forms();
		this.cooperatives = new CooperativeTexts(content.cooperativePrinciplesReference(), content.cooperativeValues(),
				content.cooperativePrinciples());
		this.questions = content.questions();
		this.rules = content.rules();
		this.coConstruction = content.coConstruction();
		this.glossary = content.glossary();
		this.scenarios = content.scenarios();
		this.graduatedPath = content.graduatedPath();
		this.roadmaps = content.roadmaps();
		this.roadmapSteps = content.roadmapSteps();
		this.readinessSteps = content.readinessSteps();
		this.consequences = content.consequences();
		this.contacts = content.contacts();
		this.documentModels = content.documentModels();
	}

	ContentBuilder texts(List<Texts> single) {
		this.texts = single.get(0);
		return this;
	}

	ContentBuilder notions(List<Notion> notions) {
		this.notions = List.copyOf(notions);
		return this;
	}

	ContentBuilder prerequisites(List<Prerequisite> prerequisites) {
		this.prerequisites = List.copyOf(prerequisites);
		return this;
	}

	ContentBuilder families(List<FormFamily> families) {
		this.families = List.copyOf(families);
		return this;
	}

	ContentBuilder forms(List<CooperationForm> forms) {
		this.forms = List.copyOf(forms);
		return this;
	}

	ContentBuilder cooperatives(List<CooperativeTexts> single) {
		this.cooperatives = single.get(0);
		return this;
	}

	ContentBuilder questions(List<Question> questions) {
		this.questions = List.copyOf(questions);
		return this;
	}

	ContentBuilder rules(List<RuleDefinition> rules) {
		this.rules = List.copyOf(rules);
		return this;
	}

	ContentBuilder coConstruction(List<CoConstruction> single) {
		this.coConstruction = single.get(0);
		return this;
	}

	ContentBuilder glossary(List<GlossaryEntry> glossary) {
		this.glossary = List.copyOf(glossary);
		return this;
	}

	ContentBuilder scenarios(List<Scenario> scenarios) {
		this.scenarios = List.copyOf(scenarios);
		return this;
	}

	/** The graduated path (a content of format 1 has none, and nothing to edit). */
	ContentBuilder graduatedPath(List<GraduatedPath> single) {
		this.graduatedPath = single.isEmpty() ? null : single.get(0);
		return this;
	}

	ContentBuilder roadmaps(List<Roadmap> roadmaps) {
		this.roadmaps = List.copyOf(roadmaps);
		return this;
	}

	ContentBuilder roadmapSteps(List<RoadmapStep> roadmapSteps) {
		this.roadmapSteps = List.copyOf(roadmapSteps);
		return this;
	}

	ContentBuilder readinessSteps(List<ReadinessStep> readinessSteps) {
		this.readinessSteps = List.copyOf(readinessSteps);
		return this;
	}

	ContentBuilder consequences(List<Consequence> consequences) {
		this.consequences = List.copyOf(consequences);
		return this;
	}

	ContentBuilder contacts(List<Contact> contacts) {
		this.contacts = List.copyOf(contacts);
		return this;
	}

	ContentBuilder documentModels(List<DocumentModel> documentModels) {
		this.documentModels = List.copyOf(documentModels);
		return this;
	}

	CatalogContent build() {
		return new CatalogContent(content.format(), texts, notions, prerequisites, families, forms,
				cooperatives.cooperativeValues(), cooperatives.cooperativePrinciples(),
				cooperatives.cooperativePrinciplesReference(), questions, rules, coConstruction, glossary, scenarios,
				graduatedPath, roadmaps, roadmapSteps, readinessSteps, consequences, contacts, documentModels);
	}
}
