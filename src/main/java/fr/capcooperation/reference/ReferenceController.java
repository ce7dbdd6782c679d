package fr.capcooperation.reference;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogService;

/**
 * The reference pages, from the current catalogue version: home, a page per form and per
 * notion, the glossary and the comparison table.
 */
@Controller
class ReferenceController {

	private final CatalogService catalogs;

	ReferenceController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("catalog", catalogs.current());
		return "reference/home";
	}

	@GetMapping("/formes")
	String forms(Model model) {
		model.addAttribute("catalog", catalogs.current());
		return "reference/forms";
	}

	@GetMapping("/formes/{key}")
	String form(@PathVariable String key, Model model) {
		Catalog catalog = catalogs.current();
		CooperationForm form = catalog.form(key).orElseThrow(ReferenceController::notFound);
		model.addAttribute("catalog", catalog);
		model.addAttribute("form", form);
		model.addAttribute("family", catalog.family(form.family()).orElse(null));
		model.addAttribute("rules", catalog.rulesOf(key));
		model.addAttribute("notions", form.notions().stream().flatMap(n -> catalog.notion(n).stream()).toList());
		return "reference/form";
	}

	@GetMapping("/notions")
	String notions(Model model) {
		model.addAttribute("catalog", catalogs.current());
		return "reference/notions";
	}

	@GetMapping("/notions/{key}")
	String notion(@PathVariable String key, Model model) {
		Catalog catalog = catalogs.current();
		model.addAttribute("catalog", catalog);
		model.addAttribute("notion", catalog.notion(key).orElseThrow(ReferenceController::notFound));
		model.addAttribute("forms", catalog.forms().stream().filter(form -> form.notions().contains(key)).toList());
		return "reference/notion";
	}

	@GetMapping("/glossaire")
	String glossary(Model model) {
		model.addAttribute("catalog", catalogs.current());
		return "reference/glossary";
	}

	@GetMapping("/comparaison")
	String comparison(Model model) {
		model.addAttribute("catalog", catalogs.current());
		return "reference/comparison";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
