package fr.capcooperation.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.capcooperation.admin.DraftService.Draft;
import fr.capcooperation.catalog.CatalogService;

/**
 * The draft: every item by kind with the reference scenarios' state, and publication (each
 * item's edit form is {@link ItemEditController}'s).
 */
@Controller
class DraftController {

	private final DraftService drafts;
	private final CatalogService catalogs;

	DraftController(DraftService drafts, CatalogService catalogs) {
		this.drafts = drafts;
		this.catalogs = catalogs;
	}

	/** A line of the draft overview. */
	public record ItemLine(String key, String title) {
	}

	@GetMapping("/admin/brouillon")
	String overview(Model model) {
		Draft draft = drafts.draft();
		Map<ItemType, List<ItemLine>> items = new LinkedHashMap<>();
		for (ItemType type : ItemType.values()) {
			List<ItemLine> lines = new ArrayList<>();
			for (Record item : type.items(draft.content())) {
				lines.add(new ItemLine(ItemType.keyOf(item), ItemType.titleOf(item)));
			}
			items.put(type, lines);
		}
		model.addAttribute("draft", draft);
		model.addAttribute("items", items);
		model.addAttribute("current", catalogs.current());
		model.addAttribute("changed", drafts.hasChanges());
		model.addAttribute("scenarios", DraftService.scenarios(drafts.draftCatalog()));
		return "admin/draft";
	}

	@PostMapping("/admin/publier")
	String publish(@RequestParam(defaultValue = "") String note, Principal principal, RedirectAttributes redirect) {
		DraftService.PublishResult result;
		try {
			result = drafts.publish(note.strip(), principal.getName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance took this version number at the same moment: nothing was written.
			redirect.addFlashAttribute("notice", "admin.publish.race");
			return "redirect:/admin/brouillon";
		}
		if (result.noteProblem() != null) {
			redirect.addFlashAttribute("noteError", result.noteProblem());
			redirect.addFlashAttribute("note", note);
			return "redirect:/admin/brouillon#note";
		}
		if (result.refusal() != null) {
			redirect.addFlashAttribute("notice", result.refusal());
			return "redirect:/admin/brouillon";
		}
		if (result.version() == null) {
			redirect.addFlashAttribute("notice", "admin.publish.refused");
			redirect.addFlashAttribute("failures", result.failures());
			redirect.addFlashAttribute("problems", result.problems());
			return "redirect:/admin/brouillon";
		}
		catalogs.refresh();
		redirect.addFlashAttribute("notice", "admin.publish.done");
		redirect.addFlashAttribute("publishedVersion", result.version());
		return "redirect:/admin/brouillon";
	}
}
