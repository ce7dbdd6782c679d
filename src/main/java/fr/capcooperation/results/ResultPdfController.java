package fr.capcooperation.results;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

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
	ResponseEntity<byte[]> download(@PathVariable String token,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		Optional<Journey> finished = journeys.finished(token);
		if (finished.isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/questionnaire/" + token).build();
		}
		Journey journey = finished.get();
		LocalDate today = LocalDate.now(clock.withZone(FRANCE));
		ResultPdf.Rendered document = pdf.document(journey, () -> advisor.advise(journey.catalog(), journey.answers()),
				today);
		if (document.etag().equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(document.etag()).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(document.etag())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(document.date())).build().toString())
			.body(document.body());
	}

	static String fileName(LocalDate date) {
		return "cap-cooperation-resultat-" + date + ".pdf";
	}
}
