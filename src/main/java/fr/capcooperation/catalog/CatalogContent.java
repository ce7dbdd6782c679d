package fr.capcooperation.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.RuleKind;

/**
 * Everything a catalogue version says, as stored in its JSON snapshot (see
 * {@code docs/content-format.md}). Texts are French; long ones are Markdown. Fields added by
 * format 2 are nullable, so that the snapshots of format 1 read as they were written.
 */
public record CatalogContent(int format, Texts texts, List<Notion> notions, List<Prerequisite> prerequisites,
		List<FormFamily> families, List<CooperationForm> forms, List<NamedText> cooperativeValues,
		List<NamedText> cooperativePrinciples, String cooperativePrinciplesReference, List<Question> questions,
		List<RuleDefinition> rules, CoConstruction coConstruction, List<GlossaryEntry> glossary,
		List<Scenario> scenarios, @Nullable GraduatedPath graduatedPath, List<Roadmap> roadmaps,
		List<RoadmapStep> roadmapSteps, List<ReadinessStep> readinessSteps, List<Consequence> consequences,
		List<Contact> contacts, List<DocumentModel> documentModels) {

	/**
	 * The sections of the action plan (format 2) are absent from the snapshots of format 1: read
	 * as empty, a version without roadmap.
	 */
	@SuppressWarnings("NullAway") // Jackson passes null for a section a snapshot does not have
	public CatalogContent {
		roadmaps = roadmaps == null ? List.of() : roadmaps;
		roadmapSteps = roadmapSteps == null ? List.of() : roadmapSteps;
		readinessSteps = readinessSteps == null ? List.of() : readinessSteps;
		consequences = consequences == null ? List.of() : consequences;
		contacts = contacts == null ? List.of() : contacts;
		documentModels = documentModels == null ? List.of() : documentModels;
	}

	/** The same content with another graduated path. */
	public CatalogContent withGraduatedPath(@Nullable GraduatedPath path) {
		return new CatalogContent(format, texts, notions, prerequisites, families, forms, cooperativeValues,
				cooperativePrinciples, cooperativePrinciplesReference, questions, rules, coConstruction, glossary,
				scenarios, path, roadmaps, roadmapSteps, readinessSteps, consequences, contacts, documentModels);
	}

	/**
	 * The texts shown with every result; {@code legalReview} (format 2) says when and how the
	 * catalogue was last read against the law, on the « Sources et mise à jour » page.
	 */
	public record Texts(String disclaimer, String support, @Nullable String legalReview) {
	}

	public record Notion(String key, String name, @Nullable String handoutText, String summary, String body,
			List<String> objectives, List<String> handoutPrerequisites) {
	}

	/** A prerequisite of cooperation: one line of the readiness checklist. */
	public record Prerequisite(String key, String label, String question, String handoutText, String advice) {
	}

	/** A family of forms; {@code handoutText} is the 2017 handout's own words for it, as they are. */
	public record FormFamily(String key, String name, String description, @Nullable String handoutText) {
	}

	/**
	 * A form of cooperation. {@code step} (format 2) is its place on the graduated path: the option
	 * of the path's question (for instance {@code integration}) it answers.
	 */
	public record CooperationForm(String key, String name, String shortName, String family, boolean legalPerson,
			@Nullable String handoutText, String summary, String legalBasis, String members, String legalPersonality,
			String money, String governance, String duration, String formalities, List<String> advantages,
			List<String> limits, List<String> nextSteps, List<LegalNote> legalNotes, List<String> notions,
			@Nullable String step, @Nullable String debts, @Nullable String setUpTime, @Nullable String setUpCost,
			@Nullable String paperwork, @Nullable String decisions, @Nullable String moneyFlow,
			@Nullable String setUpSources) {

		/** « Ce que cela implique » (format 2): what choosing the form means, in five short lines, or none for version 1. */
		public List<Implication> implications() {
			List<Implication> lines = new ArrayList<>();
			add(lines, "debts", debts);
			add(lines, "setUp", setUpTime == null || setUpCost == null ? null : setUpTime + " " + setUpCost);
			add(lines, "paperwork", paperwork);
			add(lines, "decisions", decisions);
			add(lines, "moneyFlow", moneyFlow);
			return List.copyOf(lines);
		}

		/** The text of one criterion of « Ce que cela implique » ({@code debts}, {@code setUp} …), or none. */
		public @Nullable String implication(String key) {
			return implications().stream()
				.filter(line -> line.key().equals(key))
				.map(Implication::text)
				.findFirst()
				.orElse(null);
		}

		/**
		 * The gist of one criterion of « Ce que cela implique »: its first clause (« Six mois à un
		 * an » of « Six mois à un an : la convention … »), ending « … » when the text goes on; none
		 * when the criterion is empty.
		 */
		public @Nullable String implicationGist(String key) {
			String text = implication(key);
			return text == null ? null : Implication.gist(text);
		}

		private static void add(List<Implication> lines, String key, @Nullable String text) {
			if (text != null && !text.isBlank()) {
				lines.add(new Implication(key, text));
			}
		}
	}

	/** One line of « Ce que cela implique »: its criterion ({@code debts}, {@code setUp} …, a message key's end) and text. */
	public record Implication(String key, String text) {

		/** Where a first clause ends: a colon or a semicolon (with its space, narrow or not), or a full stop. */
		private static final Pattern CLAUSE_END = Pattern
			.compile("[\\s\\u00A0\\u202F]*[:;][\\s\\u00A0\\u202F]|\\.\\s");

		/** The first clause of a text, ending « … » when the text goes on; the text itself when it has one clause. */
		public static String gist(String text) {
			String whole = text.strip();
			Matcher end = CLAUSE_END.matcher(whole);
			if (!end.find()) {
				return whole.endsWith(".") ? whole.substring(0, whole.length() - 1) : whole;
			}
			return whole.substring(0, end.start()).strip() + "…";
		}
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

	/**
	 * A rule with its three texts: when its condition holds, when it fails, and (format 2) when an
	 * answer it reads is unknown, a conditional « Si …, alors … » that is true whatever the answer.
	 */
	public record RuleDefinition(String key, String form, RuleKind kind, int weight, ConditionSpec condition,
			String textHolds, String textFails, @Nullable String textUnknown) {
	}

	/** When co-construction is worth advising, and the advice. */
	public record CoConstruction(ConditionSpec condition, String advice) {
	}

	public record GlossaryEntry(String key, String term, String definition) {
	}

	/**
	 * A reference answer set and what the rules must make of it: the only form recommended, the
	 * forms the law excludes, and (format 2) the forms it allows, which must not be excluded.
	 */
	public record Scenario(String key, String title, String description, Map<String, Object> answers,
			String expectedFirst, List<String> expectedExcluded, @Nullable List<String> expectedPossible)
			implements Serializable {

		/** The forms that must not be excluded (none for a scenario of format 1). */
		public List<String> mustStayPossible() {
			return expectedPossible == null ? List.of() : expectedPossible;
		}
	}

	/**
	 * The graduated path (format 2): the question that asks how far to go, the step from which a
	 * form is a common structure, the prerequisites that make a structure premature, and the texts
	 * the result shows when it cannot recommend a structure yet or when readiness is weak.
	 */
	public record GraduatedPath(String ladderQuestion, String structureFrom, String undecidedText,
			List<String> keyPrerequisites, List<String> weakLevels, String readinessWarningText) {
	}

	/**
	 * The roadmap of a form (format 2): what its target date is (the general assemblies that decide a
	 * merger, the start of a cooperation…), said as a label and a help, and a short introduction.
	 * Its steps are the {@link RoadmapStep}s of the same form, in catalogue order.
	 */
	public record Roadmap(String form, String targetLabel, String targetHelp, String introduction) {
	}

	/**
	 * One step of a form's roadmap: who decides ({@link #DECIDERS}), when, as an ISO-8601 period from
	 * another step or from the target date ({@code anchor} = {@link #TARGET}; {@code -P2M} = two months
	 * before); {@code legal} when that delay is the law's, with its {@code reference}; the documents it
	 * needs, the document models that help ({@link DocumentModel} keys), and orders of magnitude of time
	 * and cost.
	 */
	public record RoadmapStep(String key, String form, String title, String text, String decidedBy, String anchor,
			String offset, boolean legal, @Nullable String reference, List<String> documents, List<String> models,
			@Nullable String duration, @Nullable String cost) {

		/** The anchor of a step dated from the target date itself. */
		public static final String TARGET = "date_visee";

		/** Who may decide a step (the words are in the message bundle, {@code plan.decider.*}). */
		public static final List<String> DECIDERS = List.of("conseil_administration", "assemblee_generale",
				"instances_partenaires", "direction", "cse", "salarie", "prefecture", "greffe", "autorite",
				"collectivite", "etat", "commissaire", "financeurs", "inspection_travail");
	}

	/**
	 * A preparatory step that the plan puts first when a readiness line is not « Oui » (principle P8):
	 * due {@code offset} (an ISO-8601 period, negative: before) from the first step of the roadmap.
	 */
	public record ReadinessStep(String prerequisite, String title, String text, String offset,
			@Nullable String duration) {
	}

	/**
	 * A consequence of choosing a form, in one of the {@link #DOMAINS} (staff, tax, authorisations,
	 * funding, a public partner), with its legal references; shown for the forms it names when its
	 * optional condition on the answers is not false.
	 */
	public record Consequence(String key, String domain, String title, String text, List<String> references,
			List<String> forms, @Nullable ConditionSpec condition) {

		/** The domains, in display order (their names: {@code plan.domain.*}). */
		public static final List<String> DOMAINS = List.of("personnel", "fiscalite", "autorisations", "financements",
				"partenaire_public");
	}

	/** Whom to contact, with a link: for the forms it names (none: every form), when its condition is not false. */
	public record Contact(String key, String name, String description, String url, List<String> forms,
			@Nullable ConditionSpec condition) {
	}

	/**
	 * A draft document (a model to be checked with an adviser): Markdown with placeholders
	 * ({@link DocumentTemplate}), for the forms it names; each of its mandatory mentions must appear
	 * in its body, which the publication checks.
	 */
	public record DocumentModel(String key, String title, String summary, List<String> forms, String body,
			List<String> mandatoryMentions) {
	}
}
