package fr.capcooperation.presentation;

import org.springframework.stereotype.Component;

import fr.capcooperation.CapCoopSettings;

/**
 * The addresses that the QR codes point to, built from {@code capcoop.public-url}, and their
 * short form written under each code (without "https://", for people to type).
 */
@Component
class PublicAddress {

	private final String base;

	PublicAddress(CapCoopSettings settings) {
		this.base = settings.publicUrl();
	}

	String questionnaire() {
		return base + "/questionnaire";
	}

	String liveSession(String code) {
		return base + "/direct/" + code;
	}

	String join() {
		return base + "/direct";
	}

	static String shortForm(String url) {
		return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
	}
}
