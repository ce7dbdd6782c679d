package fr.capcooperation.reference;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogService;

/**
 * The reference pages, from the current catalogue version: home, a page per form and per
 * notion, the glossary, the comparison table and the sources.
 */
@Controller
class ReferenceController {

	private final CatalogService catalogs;

	ReferenceController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	/** Every reference page reads the current catalogue version, once per request. */
	@ModelAttribute("catalog")
	Catalog catalog() {
		return catalogs.current();
	}

	@GetMapping("/")
	String home() {
		return "reference/home";
	}

	@GetMapping("/formes")
	String forms() {
		return "reference/forms";
	}

	@GetMapping("/formes/{key}")
	String form(@PathVariable String key, @ModelAttribute("catalog") Catalog catalog, Model model) {
		CooperationForm form = catalog.form(key).orElseThrow(ReferenceController::notFound);
		model.addAttribute("form", form);
		model.addAttribute("family", catalog.family(form.family()).orElse(null));
		model.addAttribute("rules", catalog.rulesOf(key));
		model.addAttribute("notions", form.notions().stream().flatMap(n -> catalog.notion(n).stream()).toList());
		return "reference/form";
	}

	@GetMapping("/notions")
	String notions() {
		return "reference/notions";
	}

	@GetMapping("/notions/{key}")
	String notion(@PathVariable String key, @ModelAttribute("catalog") Catalog catalog, Model model) {
		model.addAttribute("notion", catalog.notion(key).orElseThrow(ReferenceController::notFound));
		model.addAttribute("forms", catalog.forms().stream().filter(form -> form.notions().contains(key)).toList());
		return "reference/notion";
	}

	@GetMapping("/glossaire")
	String glossary() {
		return "reference/glossary";
	}

	/** « Sources et mise à jour »: the 2017 handout, the last legal review, every official text cited. */
	@GetMapping("/sources")
	String sources(@ModelAttribute("catalog") Catalog catalog, Model model) {
		model.addAttribute("sources", Sources.of(catalog));
		return "reference/sources";
	}

	@GetMapping("/comparaison")
	String comparison() {
		return "reference/comparison";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
