package fr.capcooperation.presentation;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes drawn by the server as SVG: one rectangle per horizontal run of dark modules, in
 * a viewBox of one unit per module, so that it stays sharp at any projector size.
 */
final class QrCode {

	/** Quiet zone around the code, in modules (the standard asks for 4). */
	static final int MARGIN = 4;

	private QrCode() {
	}

	static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code for " + text.length() + " characters", ex);
		}
	}

	static String svg(String text) {
		BitMatrix matrix = matrix(text);
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height)
			.append("\" shape-rendering=\"crispEdges\">")
			.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>")
			.append("<g fill=\"#000000\">");
		for (int y = 0; y < height; y++) {
			int x = 0;
			while (x < width) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < width && matrix.get(x, y)) {
					x++;
				}
				svg.append("<rect x=\"").append(start).append("\" y=\"").append(y)
					.append("\" width=\"").append(x - start).append("\" height=\"1\"/>");
			}
		}
		return svg.append("</g></svg>").toString();
	}
}
