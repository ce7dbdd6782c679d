package fr.capcooperation.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.Consequence;
import fr.capcooperation.catalog.CatalogContent.Contact;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.ReadinessStep;
import fr.capcooperation.catalog.CatalogContent.Roadmap;
import fr.capcooperation.catalog.CatalogContent.RoadmapStep;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.Condition;
import fr.capcooperation.rules.Problem;
import fr.capcooperation.rules.Problem.Subject;
import fr.capcooperation.rules.Ruleset;
import fr.capcooperation.rules.Truth;

/**
 * The action plan's content of one catalogue version (format 2; empty in format 1): roadmaps and
 * their steps, readiness steps, consequences, contacts and document models, looked up by form,
 * and what the publication checks about them ({@link #checks}).
 */
public final class PlanContent {

	private final CatalogContent content;
	private final Map<String, Roadmap> roadmaps = new LinkedHashMap<>();
	private final Map<String, DocumentModel> models = new LinkedHashMap<>();
	private final Map<String, Condition> conditions = new LinkedHashMap<>();

	PlanContent(CatalogContent content) {
		this.content = content;
		content.roadmaps().forEach(roadmap -> roadmaps.put(roadmap.form(), roadmap));
		content.documentModels().forEach(model -> models.put(model.key(), model));
		for (Consequence consequence : content.consequences()) {
			if (consequence.condition() != null) {
				conditions.put("consequence:" + consequence.key(), consequence.condition().toCondition());
			}
		}
		for (Contact contact : content.contacts()) {
			if (contact.condition() != null) {
				conditions.put("contact:" + contact.key(), contact.condition().toCondition());
			}
		}
	}

	public boolean isEmpty() {
		return roadmaps.isEmpty();
	}

	public Optional<Roadmap> roadmap(String form) {
		return Optional.ofNullable(roadmaps.get(form));
	}

	/** The forms that have a roadmap, in catalogue order. */
	public List<String> formsWithRoadmap() {
		return List.copyOf(roadmaps.keySet());
	}

	public List<RoadmapStep> steps(String form) {
		return content.roadmapSteps().stream().filter(step -> step.form().equals(form)).toList();
	}

	public Optional<ReadinessStep> readinessStep(String prerequisite) {
		return content.readinessSteps().stream().filter(step -> step.prerequisite().equals(prerequisite)).findFirst();
	}

	/** The consequences of a form whose condition is not false for these answers, by domain order. */
	public List<Consequence> consequences(String form, Answers answers) {
		List<Consequence> found = new ArrayList<>();
		for (String domain : Consequence.DOMAINS) {
			for (Consequence consequence : content.consequences()) {
				if (consequence.domain().equals(domain) && consequence.forms().contains(form)
						&& applies(conditions.get("consequence:" + consequence.key()), answers)) {
					found.add(consequence);
				}
			}
		}
		return found;
	}

	/** The contacts for a form (a contact naming no form is for every one). */
	public List<Contact> contacts(String form, Answers answers) {
		return content.contacts()
			.stream()
			.filter(contact -> contact.forms().isEmpty() || contact.forms().contains(form))
			.filter(contact -> applies(conditions.get("contact:" + contact.key()), answers))
			.toList();
	}

	public List<DocumentModel> models(String form) {
		return content.documentModels().stream().filter(model -> model.forms().contains(form)).toList();
	}

	public Optional<DocumentModel> model(String key) {
		return Optional.ofNullable(models.get(key));
	}

	private static boolean applies(@Nullable Condition condition, Answers answers) {
		return condition == null || condition.evaluate(answers) != Truth.FALSE;
	}

	/** What is wrong with the plan's content of this catalogue; empty when it can be published. */
	public List<Problem> checks(Ruleset ruleset) {
		List<Problem> problems = new ArrayList<>();
		Set<String> forms = new HashSet<>(content.forms().stream().map(CooperationForm::key).toList());
		for (Roadmap roadmap : content.roadmaps()) {
			if (!forms.contains(roadmap.form())) {
				problems.add(problem("plan-unknown-form", Subject.ROADMAP, roadmap.form(), roadmap.form()));
			}
		}
		checkSteps(forms, problems);
		Set<String> prerequisites = new HashSet<>(content.prerequisites().stream().map(Prerequisite::key).toList());
		for (ReadinessStep step : content.readinessSteps()) {
			if (!prerequisites.contains(step.prerequisite())) {
				problems.add(problem("plan-unknown-prerequisite", Subject.READINESS_STEP, step.prerequisite(),
						step.prerequisite()));
			}
			checkPeriod(step.offset(), Subject.READINESS_STEP, step.prerequisite(), problems);
		}
		for (Consequence consequence : content.consequences()) {
			if (!Consequence.DOMAINS.contains(consequence.domain())) {
				problems.add(problem("plan-unknown-domain", Subject.CONSEQUENCE, consequence.key(), consequence.domain()));
			}
			checkForms(consequence.forms(), forms, Subject.CONSEQUENCE, consequence.key(), problems);
			if (consequence.references().isEmpty()) {
				problems.add(problem("plan-no-reference", Subject.CONSEQUENCE, consequence.key()));
			}
			Condition condition = conditions.get("consequence:" + consequence.key());
			if (condition != null) {
				problems.addAll(ruleset.conditionChecks(condition, Subject.CONSEQUENCE, consequence.key()));
			}
		}
		for (Contact contact : content.contacts()) {
			checkForms(contact.forms(), forms, Subject.CONTACT, contact.key(), problems);
			if (!isWebAddress(contact.url())) {
				problems.add(problem("plan-bad-url", Subject.CONTACT, contact.key(), contact.url()));
			}
			Condition condition = conditions.get("contact:" + contact.key());
			if (condition != null) {
				problems.addAll(ruleset.conditionChecks(condition, Subject.CONTACT, contact.key()));
			}
		}
		for (DocumentModel model : content.documentModels()) {
			checkForms(model.forms(), forms, Subject.DOCUMENT_MODEL, model.key(), problems);
			for (String unknown : DocumentTemplate.unknownPlaceholders(model.body() + "\n" + model.title())) {
				problems.add(problem("plan-unknown-placeholder", Subject.DOCUMENT_MODEL, model.key(), unknown));
			}
			for (String mention : model.mandatoryMentions()) {
				if (!model.body().contains(mention)) {
					problems.add(problem("plan-missing-mention", Subject.DOCUMENT_MODEL, model.key(), mention));
				}
			}
		}
		return problems;
	}

	private void checkSteps(Set<String> forms, List<Problem> problems) {
		Map<String, RoadmapStep> byKey = new LinkedHashMap<>();
		content.roadmapSteps().forEach(step -> byKey.put(step.key(), step));
		for (RoadmapStep step : content.roadmapSteps()) {
			if (!roadmaps.containsKey(step.form())) {
				problems.add(problem("plan-step-without-roadmap", Subject.ROADMAP_STEP, step.key(), step.form()));
			}
			if (!RoadmapStep.DECIDERS.contains(step.decidedBy())) {
				problems.add(problem("plan-unknown-decider", Subject.ROADMAP_STEP, step.key(), step.decidedBy()));
			}
			checkPeriod(step.offset(), Subject.ROADMAP_STEP, step.key(), problems);
			if (step.legal() && (step.reference() == null || step.reference().isBlank())) {
				problems.add(problem("plan-legal-without-reference", Subject.ROADMAP_STEP, step.key()));
			}
			for (String model : step.models()) {
				if (!models.containsKey(model)) {
					problems.add(problem("plan-unknown-model", Subject.ROADMAP_STEP, step.key(), model));
				}
			}
			if (!step.anchor().equals(RoadmapStep.TARGET)) {
				RoadmapStep anchor = byKey.get(step.anchor());
				if (anchor == null || !anchor.form().equals(step.form())) {
					problems.add(problem("plan-unknown-anchor", Subject.ROADMAP_STEP, step.key(), step.anchor()));
				}
				else if (circular(step, byKey)) {
					problems.add(problem("plan-circular-anchor", Subject.ROADMAP_STEP, step.key()));
				}
			}
		}
	}

	/** Whether following the anchors from a step comes back to it instead of reaching the target date. */
	private static boolean circular(RoadmapStep start, Map<String, RoadmapStep> byKey) {
		Set<String> seen = new HashSet<>();
		RoadmapStep step = start;
		while (!step.anchor().equals(RoadmapStep.TARGET)) {
			if (!seen.add(step.key())) {
				return true;
			}
			RoadmapStep next = byKey.get(step.anchor());
			if (next == null) {
				return false;
			}
			step = next;
		}
		return false;
	}

	private static void checkForms(List<String> named, Set<String> forms, Subject subject, String key,
			List<Problem> problems) {
		for (String form : named) {
			if (!forms.contains(form)) {
				problems.add(problem("plan-unknown-form", subject, key, form));
			}
		}
	}

	private static void checkPeriod(String offset, Subject subject, String key, List<Problem> problems) {
		try {
			Period.parse(offset);
		}
		catch (DateTimeParseException ex) {
			problems.add(problem("plan-bad-period", subject, key, offset));
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static Problem problem(String code, Subject subject, String key, Object... details) {
		return new Problem(code, subject, key, List.of(details));
	}
}
