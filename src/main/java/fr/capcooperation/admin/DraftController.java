package fr.capcooperation.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.capcooperation.admin.DraftService.Draft;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.CatalogService;

/**
 * The draft: every item by kind (rules by their form) with the reference scenarios' state, and
 * publication through a confirmation page that lists what changes and the scenarios' state,
 * then publishes exactly what it listed (each item's edit form is {@link ItemEditController}'s).
 */
@Controller
class DraftController {

	private final DraftService drafts;
	private final CatalogService catalogs;
	private final ItemTexts texts;

	DraftController(DraftService drafts, CatalogService catalogs, ItemTexts texts) {
		this.drafts = drafts;
		this.catalogs = catalogs;
		this.texts = texts;
	}

	/** A line of the draft overview: the item's key (its address) and its title in words. */
	public record ItemLine(String key, String title) {
	}

	/** The items of one kind; rules come in groups, one per form. */
	public record Section(ItemType type, List<ItemLine> lines, Map<String, List<ItemLine>> groups) {
	}

	@GetMapping("/admin/brouillon")
	String overview(Model model) {
		Draft draft = drafts.draft();
		CatalogContent content = draft.content();
		List<Section> sections = new ArrayList<>();
		for (ItemType type : ItemType.values()) {
			List<ItemLine> lines = new ArrayList<>();
			Map<String, List<ItemLine>> groups = new LinkedHashMap<>();
			for (Record item : type.items(content)) {
				if (item instanceof RuleDefinition rule) {
					groups.computeIfAbsent(texts.formName(rule.form(), content), form -> new ArrayList<>())
						.add(new ItemLine(rule.key(), texts.message("admin.rule.line", texts.message("admin.rule.effect." + rule.kind().name()),
								rule.textHolds())));
				}
				else {
					lines.add(new ItemLine(ItemType.keyOf(item), texts.title(item, content)));
				}
			}
			sections.add(new Section(type, lines, groups));
		}
		model.addAttribute("draft", draft);
		model.addAttribute("sections", sections);
		model.addAttribute("current", catalogs.current());
		model.addAttribute("changed", drafts.hasChanges());
		model.addAttribute("scenarios", ScenarioLine.of(DraftService.scenarios(drafts.draftCatalog()), content, texts));
		return "admin/draft";
	}

	/** What publishing would do: the changes since the published version, the scenarios' state, and why not, if not. */
	@GetMapping("/admin/publier")
	String confirm(Model model) {
		Draft draft = drafts.draft();
		Catalog current = catalogs.current();
		Catalog candidate = drafts.draftCatalog();
		List<VersionDiff.ItemDiff> changes = VersionDiff.compare(current.content(), draft.content(), texts);
		List<ScenarioLine> scenarios = ScenarioLine.of(DraftService.scenarios(candidate), draft.content(), texts);
		List<String> problems = drafts.problems(draft.content());
		model.addAttribute("current", current);
		model.addAttribute("next", current.version() + 1);
		model.addAttribute("changes", changes);
		model.addAttribute("scenarios", scenarios);
		model.addAttribute("failing", scenarios.stream().filter(line -> !line.passed()).count());
		model.addAttribute("problems", problems);
		model.addAttribute("shown", DraftService.fingerprint(draft));
		model.addAttribute("publishable",
				!changes.isEmpty() && problems.isEmpty() && scenarios.stream().allMatch(ScenarioLine::passed));
		return "admin/publish";
	}

	@PostMapping("/admin/publier")
	String publish(@RequestParam(defaultValue = "") String note, @RequestParam(name = "brouillon", defaultValue = "") String shown,
			Principal principal, RedirectAttributes redirect) {
		Optional<DraftService.PublishResult> published;
		try {
			published = drafts.publishAsShown(shown, note.strip(), principal.getName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance took this version number at the same moment: nothing was written.
			redirect.addFlashAttribute("notice", "admin.publish.race");
			return "redirect:/admin/publier";
		}
		if (published.isEmpty()) {
			redirect.addFlashAttribute("notice", "admin.publish.changedMeanwhile");
			redirect.addFlashAttribute("typedNote", note);
			return "redirect:/admin/publier";
		}
		DraftService.PublishResult result = published.get();
		if (result.noteProblem() != null) {
			redirect.addFlashAttribute("noteError", result.noteProblem());
			redirect.addFlashAttribute("typedNote", note);
			return "redirect:/admin/publier#note";
		}
		if (result.refusal() != null) {
			redirect.addFlashAttribute("notice", result.refusal());
			return "redirect:/admin/publier";
		}
		if (result.version() == null) {
			redirect.addFlashAttribute("notice", "admin.publish.refused");
			redirect.addFlashAttribute("typedNote", note);
			return "redirect:/admin/publier";
		}
		catalogs.refresh();
		redirect.addFlashAttribute("notice", "admin.publish.done");
		redirect.addFlashAttribute("publishedVersion", result.version());
		return "redirect:/admin/historique";
	}
}
