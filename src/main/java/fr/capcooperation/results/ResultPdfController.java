package fr.capcooperation.results;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.questionnaire.Journey;

/** "Télécharger le PDF": the finished result as a document to hand to a board or an adviser. */
@Controller
class ResultPdfController {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private final FinishedJourneys journeys;
	private final Advisor advisor;
	private final ResultPdf pdf;
	private final Clock clock;

	ResultPdfController(FinishedJourneys journeys, Advisor advisor, ResultPdf pdf, Clock clock) {
		this.journeys = journeys;
		this.advisor = advisor;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/questionnaire/{token}/resultat/pdf")
	ResponseEntity<byte[]> download(@PathVariable String token) {
		Optional<Journey> finished = journeys.finished(token);
		if (finished.isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token).build();
		}
		Journey journey = finished.get();
		LocalDate today = LocalDate.now(clock.withZone(FRANCE));
		byte[] body = pdf.render(journey, advisor.advise(journey.catalog(), journey.answers()), today);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(today)).build().toString())
			.body(body);
	}

	static String fileName(LocalDate date) {
		return "cap-cooperation-resultat-" + date + ".pdf";
	}
}
