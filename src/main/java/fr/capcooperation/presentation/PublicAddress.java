package fr.capcooperation.presentation;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.capcooperation.CapCoopSettings;

/**
 * The addresses that the QR codes point to, built from {@code capcoop.public-url} (never from a
 * request's {@code Host} header, which a cached page would hand to others), their short form
 * written under each code (without "https://", for people to type), and what the trainer must
 * know about that address before the room scans it.
 */
@Component
class PublicAddress {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0");

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

	/** The configured address itself. */
	String base() {
		return base;
	}

	/** Scheme, host and port of the configured address, as a browser writes {@code location.origin}. */
	String origin() {
		URI uri = URI.create(base);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	/** Whether the configured address is this computer's own (localhost): no phone in the room can open it. */
	boolean isLoopback() {
		String host = URI.create(base).getHost();
		return host == null || LOOPBACK.contains(host.toLowerCase(Locale.ROOT)) || host.startsWith("127.");
	}

	static String shortForm(String url) {
		return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
	}
}
