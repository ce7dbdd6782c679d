package fr.capcooperation.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.RuleKind;

/**
 * Everything a catalogue version says, as stored in its JSON snapshot (see
 * {@code docs/content-format.md}). Texts are French; long ones are Markdown.
 */
public record CatalogContent(int format, Texts texts, List<Notion> notions, List<Prerequisite> prerequisites,
		List<FormFamily> families, List<CooperationForm> forms, List<NamedText> cooperativeValues,
		List<NamedText> cooperativePrinciples, String cooperativePrinciplesReference, List<Question> questions,
		List<RuleDefinition> rules, CoConstruction coConstruction, List<GlossaryEntry> glossary,
		List<Scenario> scenarios) {

	public record Texts(String disclaimer, String support) {
	}

	public record Notion(String key, String name, @Nullable String handoutText, String summary, String body,
			List<String> objectives, List<String> handoutPrerequisites) {
	}

	/** A prerequisite of cooperation: one line of the readiness checklist. */
	public record Prerequisite(String key, String label, String question, String handoutText, String advice) {
	}

	public record FormFamily(String key, String name, String description) {
	}

	public record CooperationForm(String key, String name, String shortName, String family, boolean legalPerson,
			@Nullable String handoutText, String summary, String legalBasis, String members, String legalPersonality,
			String money, String governance, String duration, String formalities, List<String> advantages,
			List<String> limits, List<String> nextSteps, List<LegalNote> legalNotes, List<String> notions) {
	}

	/** Where the 2017 handout is out of date: what the law says now, since when. */
	public record LegalNote(LocalDate date, String reference, String text) {
	}

	public record NamedText(String name, String text) {
	}

	public record Question(String key, QuestionType type, String label, String help, List<String> notions,
			List<Option> options, @Nullable Integer min, @Nullable Integer max,
			@Nullable ConditionSpec displayCondition) {
	}

	public record Option(String key, String label, @Nullable String help) {
	}

	public record RuleDefinition(String key, String form, RuleKind kind, int weight, ConditionSpec condition,
			String textHolds, String textFails) {
	}

	/** When co-construction is worth advising, and the advice. */
	public record CoConstruction(ConditionSpec condition, String advice) {
	}

	public record GlossaryEntry(String key, String term, String definition) {
	}

	/** A reference answer set and what the rules must make of it. */
	public record Scenario(String key, String title, String description, Map<String, Object> answers,
			String expectedFirst, List<String> expectedExcluded) implements Serializable {
	}
}
