package fr.capcooperation.presentation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Four-letter session codes from an alphabet without look-alikes: no I or L (1), no O (0),
 * no S (5), no Z (2), no B (8), so that a code read off a projector is typed right.
 */
final class SessionCodes {

	static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY";
	static final int LENGTH = 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SessionCodes() {
	}

	static String draw() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A code as typed (any case, spaces) in its canonical form, if it can be one. */
	static Optional<String> normalise(@Nullable String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			return Optional.empty();
		}
		for (char c : code.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return Optional.empty();
			}
		}
		return Optional.of(code);
	}
}
