package fr.capcooperation.admin;

import java.security.Principal;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogService;

/** The published versions (who, when, note), what changed between two of them, and restoring one into the draft. */
@Controller
class HistoryController {

	static final String DRAFT = "brouillon";

	private final CatalogService catalogs;
	private final DraftService drafts;
	private final ItemTexts editor;

	HistoryController(CatalogService catalogs, DraftService drafts, ItemTexts editor) {
		this.catalogs = catalogs;
		this.drafts = drafts;
		this.editor = editor;
	}

	@GetMapping("/admin/historique")
	String history(Model model) {
		model.addAttribute("versions", catalogs.history());
		model.addAttribute("latest", catalogs.current().version());
		return "admin/history";
	}

	@GetMapping("/admin/historique/comparer")
	String compare(@RequestParam(name = "de") String from, @RequestParam(name = "a") String to, Model model) {
		CatalogContent before = content(from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CatalogContent after = content(to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("diffs", VersionDiff.compare(before, after, editor));
		model.addAttribute("versions", catalogs.history());
		return "admin/diff";
	}

	private Optional<CatalogContent> content(String which) {
		if (DRAFT.equals(which)) {
			return Optional.of(drafts.draft().content());
		}
		try {
			return catalogs.version(Integer.parseInt(which)).map(catalog -> catalog.content());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@PostMapping("/admin/historique/{version}/restaurer")
	String restore(@PathVariable int version, Principal principal, RedirectAttributes redirect) {
		if (!drafts.restore(version, principal.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "admin.history.restored");
		redirect.addFlashAttribute("restoredVersion", version);
		return "redirect:/admin/brouillon";
	}
}
