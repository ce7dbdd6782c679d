package fr.capcooperation.questionnaire;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Rule;

/**
 * "Pourquoi cette question ?", read from the rules themselves: the forms that a rule reading
 * this question can exclude or keep (REQUIRES, EXCLUDES), the forms whose score it can move
 * (FAVOURS, DISFAVOURS), and the questions whose display depends on it. Nothing is written by
 * hand, so the disclosure follows every published catalogue version.
 */
record QuestionRelevance(List<CooperationForm> decides, List<CooperationForm> weighs, List<Question> shows) {

	static QuestionRelevance of(Catalog catalog, String questionKey) {
		Set<String> decides = new LinkedHashSet<>();
		Set<String> weighs = new LinkedHashSet<>();
		for (Rule rule : catalog.ruleset().rules()) {
			if (rule.condition().questions().contains(questionKey)) {
				(rule.kind().isGate() ? decides : weighs).add(rule.form());
			}
		}
		List<Question> shows = catalog.ruleset()
			.questions()
			.stream()
			.filter(spec -> spec.displayCondition().questions().contains(questionKey))
			.flatMap(spec -> catalog.question(spec.key()).stream())
			.toList();
		return new QuestionRelevance(inCatalogOrder(catalog, decides), inCatalogOrder(catalog, weighs), shows);
	}

	private static List<CooperationForm> inCatalogOrder(Catalog catalog, Set<String> keys) {
		return catalog.forms().stream().filter(form -> keys.contains(form.key())).toList();
	}

	/** Whether the answer changes nothing in the ranking (the readiness checklist, say). */
	public boolean isEmpty() {
		return decides.isEmpty() && weighs.isEmpty();
	}
}
