package fr.capcooperation.results;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.questionnaire.Journey;

/** Two or three forms side by side, against the respondent's own answers (checkboxes and GET). */
@Controller
class SideBySideController {

	private final FinishedJourneys journeys;
	private final Advisor advisor;

	SideBySideController(FinishedJourneys journeys, Advisor advisor) {
		this.journeys = journeys;
		this.advisor = advisor;
	}

	@GetMapping("/questionnaire/{token}/resultat/comparer")
	String compare(@PathVariable String token, @RequestParam(name = "formes", required = false) List<String> picked,
			HttpServletResponse response, Model model) {
		Optional<Journey> finished = journeys.finished(token);
		if (finished.isEmpty()) {
			return "redirect:/questionnaire/" + token;
		}
		Journey journey = finished.get();
		Advice advice = advisor.advise(journey.catalog(), journey.answers());
		// pre-filled with the recommended form and the first alternative, as the verdict names them
		List<String> keys = picked == null ? prefilled(advice)
				: picked.stream().distinct().filter(key -> journey.catalog().form(key).isPresent()).toList();
		boolean valid = keys.size() >= SideBySide.MIN && keys.size() <= SideBySide.MAX;
		if (picked != null && !valid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", true);
		}
		model.addAttribute("journey", journey);
		model.addAttribute("advice", advice);
		model.addAttribute("picked", keys);
		model.addAttribute("comparison", valid ? SideBySide.of(journey.catalog(), advice, keys) : null);
		return "results/side-by-side";
	}

	/** The forms the verdict sets side by side, else the first two of the result: never an empty page. */
	private static List<String> prefilled(Advice advice) {
		List<FormAdvice> compared = advice.verdict().compared().size() >= SideBySide.MIN ? advice.verdict().compared()
				: advice.forms().stream().limit(SideBySide.MIN).toList();
		return compared.stream().map(entry -> entry.form().key()).toList();
	}
}
