package fr.capcooperation.results;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.advice.Advice;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.JourneysDeleted;
import fr.capcooperation.web.PdfDocuments;

/**
 * The result as a PDF: the XHTML template {@code results/pdf.html} typeset by
 * {@link PdfDocuments} (DejaVu Sans embedded, tagged for PDF/UA). It starts with the verdict and
 * carries a link and a QR code back to the online result.
 *
 * <p>A finished result is a function of its journey's token, catalogue version and answers
 * (the revision {@link ResultPages#etag} names): its PDF is typeset once per revision and then
 * served from memory, bounded in bytes and forgotten after an hour without a request or when
 * the answers are deleted. The document keeps the date it was made on.
 */
@Component
class ResultPdf {

	private final PdfDocuments pdfs;
	private final ResultPages pages;

	private final Cache<String, Rendered> documents;

	ResultPdf(PdfDocuments pdfs, ResultPages pages, CapCoopSettings settings) {
		this.pdfs = pdfs;
		this.pages = pages;
		this.documents = Caffeine.newBuilder()
			.maximumWeight(settings.resultPages().maxSize().toBytes())
			.weigher((String token, Rendered rendered) -> rendered.body().length)
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	/** A typeset result: the revision it was made from (a strong ETag), the day it was made, its bytes. */
	record Rendered(String etag, LocalDate date, byte[] body) {
	}

	/**
	 * The PDF of a finished journey: typeset on the first request for this revision of the
	 * result, then the same bytes; {@code advice} runs only when it has to be typeset.
	 */
	Rendered document(Journey journey, Supplier<Advice> advice, LocalDate today) {
		String etag = pages.etag(journey);
		Rendered cached = documents.getIfPresent(journey.token());
		if (cached != null && cached.etag().equals(etag)) {
			return cached;
		}
		Rendered rendered = new Rendered(etag, today, render(journey, advice.get(), today));
		documents.put(journey.token(), rendered);
		return rendered;
	}

	/** Deleted answers leave no document behind on this instance. */
	@EventListener
	void forget(JourneysDeleted deleted) {
		documents.invalidateAll(deleted.tokens());
	}

	byte[] render(Journey journey, Advice advice, LocalDate date) {
		String online = pdfs.publicUrl() + "/questionnaire/" + journey.token() + "/resultat";
		return pdfs.typeset("results/pdf", Map.of("journey", journey, "advice", advice, "date", date,
				"onlineUrl", online, "qrCode", PdfDocuments.qrCode(online)));
	}
}
