package fr.capcooperation.results;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.questionnaire.Journey;

/**
 * "Et si… ?": one small form per answer posts a change, which redirects to a GET address that
 * carries the changed answers in its query string; the page compares the saved result with the
 * new one. Nothing is saved: the journey's answers stay as they are. With htmx, the forms
 * update the what-if section in place.
 */
@Controller
@RequestMapping("/questionnaire/{token}/resultat/et-si")
class WhatIfController {

	private final FinishedJourneys journeys;
	private final Advisor advisor;

	WhatIfController(FinishedJourneys journeys, Advisor advisor) {
		this.journeys = journeys;
		this.advisor = advisor;
	}

	@PostMapping
	String change(@PathVariable String token, HttpServletRequest request) {
		Optional<Journey> finished = journeys.finished(token);
		if (finished.isEmpty()) {
			return "redirect:/questionnaire/" + token;
		}
		Journey journey = finished.get();
		WhatIf whatIf = WhatIf.of(journey.catalog(), journey.answers(), request.getParameterMap());
		return "redirect:" + whatIf.url(token);
	}

	@GetMapping
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Journey> finished = journeys.finished(token);
		if (finished.isEmpty()) {
			return "redirect:/questionnaire/" + token;
		}
		Journey journey = finished.get();
		WhatIf whatIf = WhatIf.of(journey.catalog(), journey.answers(), request.getParameterMap());
		Advice saved = advisor.advise(journey.catalog(), journey.answers());
		Advice changed = advisor.advise(journey.catalog(), whatIf.answers());
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Push-Url", whatIf.url(token));
		}
		model.addAttribute("journey", journey);
		model.addAttribute("whatIf", whatIf);
		model.addAttribute("saved", saved);
		model.addAttribute("changed", changed);
		model.addAttribute("shift", RankingShift.between(saved, changed));
		model.addAttribute("changedLines", advisor.answerLines(journey.catalog(), whatIf.answers())
			.stream()
			.filter(line -> whatIf.changes().containsKey(line.question()))
			.toList());
		model.addAttribute("savedAnswers", saved.answers()
			.stream()
			.collect(java.util.stream.Collectors.toMap(line -> line.question(), line -> line.answer(), (a, b) -> a)));
		model.addAttribute("whatIfQuestions", WhatIf.changeable(journey.catalog(), whatIf.answers()));
		model.addAttribute("whatIfValues", whatIf.values());
		return "results/what-if";
	}
}
