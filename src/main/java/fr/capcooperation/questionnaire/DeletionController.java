package fr.capcooperation.questionnaire;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.capcooperation.web.RenderedPages;

/**
 * "Supprimer mes réponses": a confirmation page, then a POST that deletes the journey for good;
 * its link then leads to the 404 page.
 */
@Controller
@RequestMapping("/questionnaire")
class DeletionController {

	static final String DELETED = "reponses-supprimees";

	private final ResponseService responses;
	private final RenderedPages pages;

	DeletionController(ResponseService responses, RenderedPages pages) {
		this.responses = responses;
		this.pages = pages;
	}

	@GetMapping("/{token}/supprimer")
	String confirm(@PathVariable String token, Model model) {
		Journey journey = responses.find(token).orElseThrow(() -> new UnknownJourneyException(token));
		model.addAttribute("journey", journey);
		return "questionnaire/delete";
	}

	@PostMapping("/{token}/supprimer")
	String delete(@PathVariable String token) {
		if (!responses.delete(token)) {
			throw new UnknownJourneyException(token);
		}
		// Other instances cannot serve it either (they read the journey first); theirs expire within the hour.
		pages.forget(token);
		return "redirect:/questionnaire/" + DELETED;
	}

	@GetMapping("/" + DELETED)
	String deleted() {
		return "questionnaire/deleted";
	}
}
