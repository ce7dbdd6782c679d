package fr.capcooperation.results;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.advice.Advice;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.JourneysDeleted;

/**
 * The result as a PDF: the XHTML template {@code results/pdf.html} rendered by Thymeleaf, then
 * typeset by openhtmltopdf with DejaVu Sans embedded (subset), so that accents, « » and ’
 * render the same on every reader, and tagged (PDF/UA: headings, lists, tables and reading
 * order for screen readers). It starts with the verdict and carries a link and a QR code back to
 * the online result. The fonts are read once and kept in memory.
 *
 * <p>A finished result is a function of its journey's token, catalogue version and answers
 * (the revision {@link ResultPages#etag} names): its PDF is typeset once per revision and then
 * served from memory, bounded in bytes and forgotten after an hour without a request or when
 * the answers are deleted. The document keeps the date it was made on.
 */
@Component
class ResultPdf {

	static final String FONT = "DejaVu Sans";

	/** Font metrics, shared by every rendering: parsing them is most of a document's cost. */
	private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

	static {
		// openhtmltopdf logs every font load and rendering at INFO on the console: keep warnings only
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ITemplateEngine templates;
	private final ResultPages pages;
	private final byte[] regular;
	private final byte[] bold;

	private final String publicUrl;

	private final Cache<String, Rendered> documents;

	ResultPdf(ITemplateEngine templates, ResultPages pages, CapCoopSettings settings) {
		this.templates = templates;
		this.pages = pages;
		this.publicUrl = settings.publicUrl();
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
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
		String online = publicUrl + "/questionnaire/" + journey.token() + "/resultat";
		Context context = new Context(Locale.FRANCE, Map.of("journey", journey, "advice", advice, "date", date,
				"onlineUrl", online, "qrCode", qrCode(online)));
		String html = templates.process("results/pdf", context);
		// jsoup turns the page (including the sanitised Markdown) into a DOM openhtmltopdf accepts
		Document page = Jsoup.parse(html);
		// a link inside a PDF has no site to be relative to
		page.select("a[href^=/]").forEach(link -> link.attr("href", publicUrl + link.attr("href")));
		var document = new W3CDom().fromJsoup(page); // a W3C DOM Document, not jsoup's
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(document, "/");
			builder.withProducer("Cap Coopération");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A QR code of the link, as a PNG data URI: 4 pixels a module, the standard quiet zone of 4 modules. */
	static String qrCode(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			int scale = 4;
			BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code for " + text.length() + " characters", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = ResultPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
