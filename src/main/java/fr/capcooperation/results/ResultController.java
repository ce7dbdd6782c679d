package fr.capcooperation.results;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;

/**
 * The result page: the recommended form, the others with their reasons, the readiness
 * checklist, « Et si… ? » (GET forms) and what to do with the result. Opening it marks the
 * journey finished. The page is served from memory with an ETag ({@link ResultPages}).
 */
@Controller
class ResultController {

	private final Journeys journeys;
	private final Advisor advisor;
	private final ResultPages pages;
	private final Clock clock;

	ResultController(Journeys journeys, Advisor advisor, ResultPages pages, Clock clock) {
		this.journeys = journeys;
		this.advisor = advisor;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/questionnaire/{token}/resultat")
	@Nullable
	ModelAndView result(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		Journey journey = journeys.open(token).orElseThrow(UnknownResultException::new);
		Optional<Question> missing = journey.flow().firstUnanswered();
		if (missing.isPresent()) {
			return new ModelAndView("redirect:/questionnaire/" + token + "/questions/" + missing.get().key());
		}
		Journey finished = journey.completedAt() != null ? journey
				: journeys.save(journey, loaded -> loaded.completed(clock.instant()));
		// The page holds the journey's link and answers: private, and checked again on every visit.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
		if (new ServletWebRequest(request, response).checkNotModified(pages.etag(finished))) {
			return null;
		}
		return new ModelAndView(pages.page(finished, "results/result", model -> {
			model.put("journey", finished);
			model.put("advice", advisor.advise(finished.catalog(), finished.answers()));
			model.put("whatIfQuestions", WhatIf.changeable(finished.flow()));
			model.put("whatIfValues", AnswerFields.values(finished.answers()));
		}));
	}
}
