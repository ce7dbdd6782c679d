package fr.capcooperation.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.capcooperation.catalog.CatalogService;

/** The back-office home: where the content stands and what one may do. */
@Controller
class HomeController {

	private final CatalogService catalogs;

	HomeController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping({ "/admin", "/admin/" })
	String home(Model model) {
		model.addAttribute("current", catalogs.current());
		return "admin/home";
	}
}
