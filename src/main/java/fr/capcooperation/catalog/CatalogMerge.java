package fr.capcooperation.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.Consequence;
import fr.capcooperation.catalog.CatalogContent.Contact;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.CatalogContent.FormFamily;
import fr.capcooperation.catalog.CatalogContent.GlossaryEntry;
import fr.capcooperation.catalog.CatalogContent.Notion;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.ReadinessStep;
import fr.capcooperation.catalog.CatalogContent.Roadmap;
import fr.capcooperation.catalog.CatalogContent.RoadmapStep;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.CatalogContent.Scenario;

/**
 * A three-way merge of catalogue contents, item by item (an item is a form, a rule, a
 * question… identified by its key, or one of the single sections such as the texts). Given a
 * common {@code base}, the changes made on one side ({@code ours}, for instance the back-office)
 * and those made on the other ({@code theirs}, for instance a version published by a
 * migration): an item changed on one side only takes that side; an item changed on both sides
 * differently is a conflict, and {@code theirs} wins. Items keep {@code theirs}' order; items
 * added on our side follow, in our order.
 */
public final class CatalogMerge {

	/** The merged content and the items where both sides changed differently (theirs was kept). */
	public record Result(CatalogContent content, List<String> conflicts, List<String> keptFromOurs) {

		public Result {
			conflicts = List.copyOf(conflicts);
			keptFromOurs = List.copyOf(keptFromOurs);
		}
	}

	private final List<String> conflicts = new ArrayList<>();
	private final List<String> keptFromOurs = new ArrayList<>();

	private CatalogMerge() {
	}

	public static Result merge(CatalogContent base, CatalogContent ours, CatalogContent theirs) {
		CatalogMerge merge = new CatalogMerge();
		CatalogContent merged = new CatalogContent(Math.max(ours.format(), theirs.format()),
				merge.single("texts", base.texts(), ours.texts(), theirs.texts()),
				merge.list("notions", base.notions(), ours.notions(), theirs.notions(), Notion::key),
				merge.list("prerequisites", base.prerequisites(), ours.prerequisites(), theirs.prerequisites(),
						Prerequisite::key),
				merge.list("families", base.families(), ours.families(), theirs.families(), FormFamily::key),
				merge.list("forms", base.forms(), ours.forms(), theirs.forms(), CooperationForm::key),
				merge.single("cooperativeValues", base.cooperativeValues(), ours.cooperativeValues(),
						theirs.cooperativeValues()),
				merge.single("cooperativePrinciples", base.cooperativePrinciples(), ours.cooperativePrinciples(),
						theirs.cooperativePrinciples()),
				merge.single("cooperativePrinciplesReference", base.cooperativePrinciplesReference(),
						ours.cooperativePrinciplesReference(), theirs.cooperativePrinciplesReference()),
				merge.list("questions", base.questions(), ours.questions(), theirs.questions(), Question::key),
				merge.list("rules", base.rules(), ours.rules(), theirs.rules(), RuleDefinition::key),
				merge.single("coConstruction", base.coConstruction(), ours.coConstruction(), theirs.coConstruction()),
				merge.list("glossary", base.glossary(), ours.glossary(), theirs.glossary(), GlossaryEntry::key),
				merge.list("scenarios", base.scenarios(), ours.scenarios(), theirs.scenarios(), Scenario::key),
				merge.optional("graduatedPath", base.graduatedPath(), ours.graduatedPath(), theirs.graduatedPath()),
				merge.list("roadmaps", base.roadmaps(), ours.roadmaps(), theirs.roadmaps(), Roadmap::form),
				merge.list("roadmapSteps", base.roadmapSteps(), ours.roadmapSteps(), theirs.roadmapSteps(),
						RoadmapStep::key),
				merge.list("readinessSteps", base.readinessSteps(), ours.readinessSteps(), theirs.readinessSteps(),
						ReadinessStep::prerequisite),
				merge.list("consequences", base.consequences(), ours.consequences(), theirs.consequences(),
						Consequence::key),
				merge.list("contacts", base.contacts(), ours.contacts(), theirs.contacts(), Contact::key),
				merge.list("documentModels", base.documentModels(), ours.documentModels(), theirs.documentModels(),
						DocumentModel::key));
		return new Result(merged, merge.conflicts, merge.keptFromOurs);
	}

	private <T> T single(String name, T base, T ours, T theirs) {
		return Objects.requireNonNull(pick(name, base, ours, theirs)); // one of ours or theirs
	}

	private <T> @Nullable T optional(String name, @Nullable T base, @Nullable T ours, @Nullable T theirs) {
		return pick(name, base, ours, theirs);
	}

	private <T> @Nullable T pick(String name, @Nullable T base, @Nullable T ours, @Nullable T theirs) {
		if (Objects.equals(ours, base) || Objects.equals(ours, theirs)) {
			return theirs;
		}
		if (Objects.equals(theirs, base)) {
			keptFromOurs.add(name);
			return ours;
		}
		conflicts.add(name);
		return theirs;
	}

	private <T> List<T> list(String section, List<T> base, List<T> ours, List<T> theirs, Function<T, String> key) {
		Map<String, T> baseByKey = index(base, key);
		Map<String, T> oursByKey = index(ours, key);
		Map<String, T> theirsByKey = index(theirs, key);
		Set<String> keys = new LinkedHashSet<>(theirsByKey.keySet());
		keys.addAll(oursByKey.keySet());
		keys.addAll(baseByKey.keySet());
		List<T> merged = new ArrayList<>();
		for (String itemKey : keys) {
			T item = pick(section + "/" + itemKey, baseByKey.get(itemKey), oursByKey.get(itemKey),
					theirsByKey.get(itemKey));
			if (item != null) {
				merged.add(item);
			}
		}
		return merged;
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(key.apply(item), item));
		return map;
	}
}
