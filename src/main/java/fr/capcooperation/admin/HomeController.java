package fr.capcooperation.admin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.capcooperation.catalog.CatalogService;

/**
 * The back-office home: for an admin, where the content stands and everything one may do;
 * editors and trainers are sent to their own home (the draft, the live sessions).
 */
@Controller
class HomeController {

	private final CatalogService catalogs;

	HomeController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping({ "/admin", "/admin/" })
	String home(Authentication user, Model model) {
		String home = Role.homeOf(user.getAuthorities());
		if (!home.equals(Role.ADMIN.home())) {
			return "redirect:" + home;
		}
		model.addAttribute("current", catalogs.current());
		return "admin/home";
	}
}
