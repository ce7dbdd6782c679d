package fr.capcooperation.together;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.web.PdfDocuments;

/**
 * The shared diagnosis as a PDF for the partners' boards ({@code together/pdf.html} through
 * {@link PdfDocuments}): the date, the partners and how many answered, the shared recommendation,
 * the questions to discuss first with what they change, the prerequisites' spread. It follows the
 * privacy setting whoever downloads it (the coordinator or a partner): partners' answers by name
 * only when the coordinator lets partners see them, and it says which. Typeset on each request:
 * answers change while the approach runs, and the document is dated.
 */
@Component
class DiagnosisPdf {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private final SharedApproaches approaches;
	private final Advisor advisor;
	private final MessageSource messages;
	private final PdfDocuments pdfs;
	private final Clock clock;

	DiagnosisPdf(SharedApproaches approaches, Advisor advisor, MessageSource messages, PdfDocuments pdfs, Clock clock) {
		this.approaches = approaches;
		this.advisor = advisor;
		this.messages = messages;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	ResponseEntity<byte[]> download(SharedApproach approach) {
		LocalDate today = LocalDate.now(clock.withZone(FRANCE));
		byte[] pdf = pdfs.typeset("together/pdf", Map.of("date", today, "view",
				SynthesisView.of(approaches.synthesis(approach), approach.partnersSeeAnswers(), advisor, messages)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("cap-cooperation-diagnostic-partage-" + today + ".pdf")
				.build()
				.toString())
			.body(pdf);
	}
}
