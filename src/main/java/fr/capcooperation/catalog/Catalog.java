package fr.capcooperation.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.FormFamily;
import fr.capcooperation.catalog.CatalogContent.GlossaryEntry;
import fr.capcooperation.catalog.CatalogContent.GraduatedPath;
import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Condition;
import fr.capcooperation.rules.Guidance;
import fr.capcooperation.rules.Problem;
import fr.capcooperation.rules.QuestionSpec;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Rule;
import fr.capcooperation.rules.RulesEngine;
import fr.capcooperation.rules.Ruleset;

/**
 * One published, immutable catalogue version: its content, lookups by key, and the rules
 * engine built from its questions and rules.
 */
public final class Catalog {

	private final int version;
	private final Instant publishedAt;
	private final CatalogContent content;
	private final Map<String, CooperationForm> forms;
	private final Map<String, Question> questions;
	private final Map<String, Notion> notions;
	private final Map<String, Prerequisite> prerequisites;
	private final Map<String, RuleDefinition> rules;
	private final Map<String, FormFamily> families;
	private final Map<String, GlossaryEntry> glossary;
	private final Condition coConstructionCondition;
	private final RulesEngine engine;
	private final PlanContent plan;

	public Catalog(int version, Instant publishedAt, CatalogContent content) {
		this.version = version;
		this.publishedAt = publishedAt;
		this.content = content;
		this.forms = index(content.forms(), CooperationForm::key);
		this.questions = index(content.questions(), Question::key);
		this.notions = index(content.notions(), Notion::key);
		this.prerequisites = index(content.prerequisites(), Prerequisite::key);
		this.rules = index(content.rules(), RuleDefinition::key);
		this.families = index(content.families(), FormFamily::key);
		this.glossary = index(content.glossary(), GlossaryEntry::key);
		this.coConstructionCondition = content.coConstruction().condition().toCondition();
		this.engine = new RulesEngine(ruleset(content));
		this.plan = new PlanContent(content);
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T item : items) {
			if (map.put(key.apply(item), item) != null) {
				throw new IllegalArgumentException("duplicate key " + key.apply(item));
			}
		}
		return Map.copyOf(map);
	}

	private static Ruleset ruleset(CatalogContent content) {
		List<String> lines = content.prerequisites().stream().map(Prerequisite::key).toList();
		List<QuestionSpec> questions = content.questions()
			.stream()
			.map(question -> new QuestionSpec(question.key(), question.type(),
					question.options().stream().map(Option::key).toList(),
					question.type() == QuestionType.CHECKLIST ? lines : List.of(),
					question.min() == null ? 0 : question.min(), question.max() == null ? 0 : question.max(),
					question.displayCondition() == null ? Condition.ALWAYS : question.displayCondition().toCondition()))
			.toList();
		List<Rule> rules = content.rules()
			.stream()
			.map(rule -> new Rule(rule.key(), rule.form(), rule.kind(), rule.weight(), rule.condition().toCondition()))
			.toList();
		return new Ruleset(questions, content.forms().stream().map(CooperationForm::key).toList(), rules,
				guidance(content));
	}

	/** The engine's view of the graduated path: the steps are the ladder question's options, in order. */
	private static @Nullable Guidance guidance(CatalogContent content) {
		GraduatedPath path = content.graduatedPath();
		if (path == null) {
			return null;
		}
		List<String> steps = content.questions()
			.stream()
			.filter(question -> question.key().equals(path.ladderQuestion()))
			.flatMap(question -> question.options().stream())
			.map(Option::key)
			.filter(option -> !Answer.DONT_KNOW.equals(option))
			.toList();
		Map<String, String> stepOfForm = new LinkedHashMap<>();
		content.forms().forEach(form -> stepOfForm.put(form.key(), form.step() == null ? "" : form.step()));
		return new Guidance(path.ladderQuestion(), steps, stepOfForm, path.structureFrom(),
				new LinkedHashSet<>(path.keyPrerequisites()), new LinkedHashSet<>(path.weakLevels()));
	}

	public int version() {
		return version;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	/** The publication day, in France. */
	public LocalDate publishedOn() {
		return publishedAt.atZone(ZoneId.of("Europe/Paris")).toLocalDate();
	}

	public CatalogContent content() {
		return content;
	}

	public RulesEngine engine() {
		return engine;
	}

	/** The action plan's content of this version: roadmaps, consequences, contacts, document models. */
	public PlanContent plan() {
		return plan;
	}

	/** What is wrong with this version, for publication: the rules' problems, then the plan's. */
	public List<Problem> checks() {
		List<Problem> problems = new ArrayList<>(ruleset().checks());
		problems.addAll(plan.checks(ruleset()));
		return problems;
	}

	public Ruleset ruleset() {
		return engine.ruleset();
	}

	public List<CooperationForm> forms() {
		return content.forms();
	}

	public Optional<CooperationForm> form(String key) {
		return Optional.ofNullable(forms.get(key));
	}

	public List<CooperationForm> formsOf(String family) {
		return content.forms().stream().filter(form -> form.family().equals(family)).toList();
	}

	public List<FormFamily> families() {
		return content.families();
	}

	public Optional<FormFamily> family(String key) {
		return Optional.ofNullable(families.get(key));
	}

	public List<Question> questions() {
		return content.questions();
	}

	public Optional<Question> question(String key) {
		return Optional.ofNullable(questions.get(key));
	}

	public List<Notion> notions() {
		return content.notions();
	}

	public Optional<Notion> notion(String key) {
		return Optional.ofNullable(notions.get(key));
	}

	public List<Prerequisite> prerequisites() {
		return content.prerequisites();
	}

	public Optional<Prerequisite> prerequisite(String key) {
		return Optional.ofNullable(prerequisites.get(key));
	}

	public Optional<RuleDefinition> rule(String key) {
		return Optional.ofNullable(rules.get(key));
	}

	public List<RuleDefinition> rulesOf(String form) {
		return content.rules().stream().filter(rule -> rule.form().equals(form)).toList();
	}

	public List<GlossaryEntry> glossary() {
		return content.glossary();
	}

	public Optional<GlossaryEntry> glossaryEntry(String key) {
		return Optional.ofNullable(glossary.get(key));
	}

	public Condition coConstructionCondition() {
		return coConstructionCondition;
	}

	/** The graduated path of this version (format 2 and later). */
	public Optional<GraduatedPath> graduatedPath() {
		return Optional.ofNullable(content.graduatedPath());
	}

	/** The label of an option of a question, or the option key if unknown. */
	public String optionLabel(String questionKey, String optionKey) {
		return question(questionKey).flatMap(question -> question.options()
			.stream()
			.filter(option -> option.key().equals(optionKey))
			.findFirst())
			.map(Option::label)
			.orElse(optionKey);
	}
}
