package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.capcooperation.CapCoopSettings;

/**
 * The QR codes, as served, decode to the configured public address (the tests' context keeps the
 * default one; that it is the configured one, without its final slash, is CapCoopSettingsTest's).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QrCodeTest {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
	private static final Pattern RUN = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\"/>");

	@Autowired
	MockMvc mvc;

	@Autowired
	CapCoopSettings settings;

	/** Draws the served SVG as a picture, as a phone's camera would see it, and reads it. */
	static String decodeSvg(String svg) throws Exception {
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).isTrue();
		int scale = 6;
		int width = Integer.parseInt(box.group(1));
		int height = Integer.parseInt(box.group(2));
		BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		Matcher run = RUN.matcher(svg);
		int runs = 0;
		while (run.find()) {
			runs++;
			graphics.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
					Integer.parseInt(run.group(3)) * scale, scale);
		}
		graphics.dispose();
		assertThat(runs).isGreaterThan(50);
		return decode(image);
	}

	static String decode(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
	}

	@Test
	void the_matrix_decodes_to_the_text_it_encodes() throws Exception {
		String url = "https://cap-cooperation.example.org/direct/KXRT";
		assertThat(decode(MatrixToImageWriter.toBufferedImage(QrCode.matrix(url)))).isEqualTo(url);
	}

	@Test
	void the_served_questionnaire_qr_code_decodes_to_the_public_questionnaire() throws Exception {
		MvcResult result = mvc.perform(get("/presentation/qr/questionnaire.svg")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("image/svg+xml");
		assertThat(decodeSvg(result.getResponse().getContentAsString()))
			.isEqualTo(settings.publicUrl() + "/questionnaire");
	}

	@Test
	void the_short_address_under_the_code_is_written_without_the_scheme() throws Exception {
		String html = mvc.perform(get("/presentation")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains(PublicAddress.shortForm(settings.publicUrl()) + "/questionnaire")
			.doesNotContain(">http://");
	}
}
