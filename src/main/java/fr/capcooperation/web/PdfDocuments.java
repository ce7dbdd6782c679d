package fr.capcooperation.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

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

/**
 * Every PDF the application makes (a result, a plan, a file for an adviser, a shared diagnosis):
 * an XHTML Thymeleaf template typeset by openhtmltopdf with DejaVu Sans embedded (subset), so
 * that accents, « », ’ and the narrow no-break spaces render the same on every reader, and
 * tagged (PDF/UA: headings, lists, tables and reading order for screen readers).
 *
 * <p>A template must carry a {@code <title>} and a {@code <meta name="subject">} (the
 * document's title and description in the PDF's metadata, both required by PDF/UA); links
 * relative to the site are made absolute against the public address. The fonts are read once
 * and their metrics shared by every rendering.
 */
@Component
public class PdfDocuments {

	/** The font family the templates name in their styles. */
	public static final String FONT = "DejaVu Sans";

	/** Font metrics, shared by every rendering: parsing them is most of a document's cost. */
	private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

	static {
		// openhtmltopdf logs every font load and rendering at INFO on the console: keep warnings only
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ITemplateEngine templates;
	private final String publicUrl;
	private final byte[] regular;
	private final byte[] bold;

	PdfDocuments(ITemplateEngine templates, CapCoopSettings settings) {
		this.templates = templates;
		this.publicUrl = settings.publicUrl();
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
	}

	/** The public address of the site, without a trailing slash: for links and QR codes printed on paper. */
	public String publicUrl() {
		return publicUrl;
	}

	/** The template {@code template} (for example {@code "results/pdf"}) with these variables, as a PDF. */
	public byte[] typeset(String template, Map<String, ?> variables) {
		Context context = new Context(Locale.FRANCE);
		variables.forEach(context::setVariable);
		String html = templates.process(template, context);
		// jsoup turns the page (including sanitised Markdown) into a DOM openhtmltopdf accepts
		Document page = Jsoup.parse(html);
		if (page.title().isBlank() || page.selectFirst("meta[name=subject][content]") == null) {
			throw new IllegalStateException(template + " needs a <title> and a <meta name=\"subject\"> for PDF/UA");
		}
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
	public static String qrCode(String text) {
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
		try (InputStream in = PdfDocuments.class.getResourceAsStream(path)) {
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
