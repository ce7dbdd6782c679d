package fr.capcooperation.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.capcooperation.catalog.CatalogContent.Consequence;
import fr.capcooperation.catalog.CatalogContent.Contact;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.CatalogContent.Roadmap;

/**
 * A plan as the page and its PDF show it: the form followed, its roadmap and calendar, the steps
 * ticked, the consequences by domain (in {@link Consequence#DOMAINS} order), the contacts, the
 * document models (those of the form, then those a step names) by key.
 */
public record PlanView(CooperationForm form, Roadmap roadmap, PlanCalendar.Calendar calendar, Set<String> done,
		Map<String, List<Consequence>> consequencesByDomain, List<Contact> contacts, List<DocumentModel> models,
		Map<String, DocumentModel> modelsByKey, List<Structure> structures) {

	/** How many of the calendar's steps are ticked (a step ticked under another form does not count). */
	public long doneCount() {
		return calendar.steps().stream().filter(step -> done.contains(step.key())).count();
	}
}
