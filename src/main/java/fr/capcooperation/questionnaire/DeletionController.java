package fr.capcooperation.questionnaire;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Supprimer mes réponses": a confirmation page, then a POST that deletes the journey for good;
 * its link then leads to the 404 page.
 */
@Controller
@RequestMapping("/questionnaire")
class DeletionController {

	static final String DELETED = "reponses-supprimees";

	private final Journeys journeys;

	DeletionController(Journeys journeys) {
		this.journeys = journeys;
	}

	@GetMapping("/{token}/supprimer")
	String confirm(@PathVariable String token, Model model) {
		Journey journey = journeys.find(token).orElseThrow(() -> new UnknownJourneyException(token));
		model.addAttribute("journey", journey);
		return "questionnaire/delete";
	}

	@PostMapping("/{token}/supprimer")
	String delete(@PathVariable String token) {
		if (!journeys.delete(token)) {
			throw new UnknownJourneyException(token);
		}
		return "redirect:/questionnaire/" + DELETED;
	}

	@GetMapping("/" + DELETED)
	String deleted() {
		return "questionnaire/deleted";
	}
}
