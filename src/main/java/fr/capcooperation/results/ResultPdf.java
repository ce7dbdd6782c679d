package fr.capcooperation.results;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.advice.Advice;
import fr.capcooperation.questionnaire.Journey;

/**
 * The result as a PDF: the XHTML template {@code results/pdf.html} rendered by Thymeleaf, then
 * typeset by openhtmltopdf with DejaVu Sans embedded (subset), so that accents, « » and ’
 * render the same on every reader. The fonts are read once and kept in memory.
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
	private final byte[] regular;
	private final byte[] bold;

	private final String publicUrl;

	ResultPdf(ITemplateEngine templates, CapCoopSettings settings) {
		this.templates = templates;
		this.publicUrl = settings.publicUrl();
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
	}

	byte[] render(Journey journey, Advice advice, LocalDate date) {
		Context context = new Context(Locale.FRANCE, Map.of("journey", journey, "advice", advice, "date", date));
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
