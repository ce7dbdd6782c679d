package fr.capcooperation.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.questionnaire.Journey;

/**
 * "Et si… ?": one small GET form per answer sends a change; the address keeps the changed
 * answers in its query string (the page redirects to the one that holds the changes only), and
 * the page compares the saved result with the new one. Nothing is saved: the journey's answers
 * stay as they are, and no form needs a CSRF token. With htmx, the forms update the what-if
 * section in place.
 */
@Controller
@RequestMapping("/questionnaire/{token}/resultat/et-si")
class WhatIfController {

	private final FinishedJourneys journeys;
	private final Advisor advisor;
	private final MessageSource messages;

	WhatIfController(FinishedJourneys journeys, Advisor advisor, MessageSource messages) {
		this.journeys = journeys;
		this.advisor = advisor;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Journey> finished = journeys.finished(token);
		if (finished.isEmpty()) {
			return "redirect:/questionnaire/" + token;
		}
		Journey journey = finished.get();
		WhatIf whatIf = WhatIf.of(journey.catalog(), journey.answers(), request.getParameterMap());
		boolean htmx = request.getHeader("HX-Request") != null;
		if (whatIf.errors().isEmpty()) {
			String canonical = whatIf.url(token);
			if (htmx) {
				response.setHeader("HX-Push-Url", canonical);
			}
			else if (!canonical.equals(addressOf(request))) {
				// the forms send every field; the address to keep and share holds the changes only
				return "redirect:" + canonical;
			}
			return render(journey, whatIf, Map.of(), whatIf.values(), model);
		}
		// what was typed stays in its field, with the French message next to it
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		Map<String, String> errors = new LinkedHashMap<>();
		whatIf.errors()
			.forEach((key, error) -> errors.put(key,
					messages.getMessage(error.code(), error.args().toArray(), LocaleContextHolder.getLocale())));
		Map<String, List<String>> values = whatIf.values();
		errors.keySet().forEach(key -> values.put(key, List.of(typed(request.getParameter(key)))));
		return render(journey, whatIf, errors, values, model);
	}

	private static String addressOf(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
	}

	private String render(Journey journey, WhatIf whatIf, Map<String, String> errors, Map<String, List<String>> values,
			Model model) {
		Advice saved = advisor.advise(journey.catalog(), journey.answers());
		Advice changed = advisor.advise(journey.catalog(), whatIf.answers());
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
			.collect(Collectors.toMap(line -> line.question(), line -> line.answer(), (a, b) -> a)));
		model.addAttribute("whatIfQuestions", WhatIf.changeable(new QuestionnaireFlow(journey.catalog(), whatIf.answers())));
		model.addAttribute("whatIfValues", values);
		model.addAttribute("whatIfErrors", errors);
		model.addAttribute("errorSummary", errors.entrySet()
			.stream()
			.map(error -> Map.entry("wi-" + error.getKey(), error.getValue()))
			.toList());
		return "results/what-if";
	}

	private static String typed(@Nullable String value) {
		return value == null ? "" : value.length() > 200 ? value.substring(0, 200) : value;
	}
}
