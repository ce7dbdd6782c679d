package fr.capcooperation.presentation;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Four-letter session codes from an alphabet without look-alikes: no I or L (1), no O (0),
 * no S (5), no Z (2), no B (8), so that a code read off a projector is typed right. What is
 * wrong with a typed code is said as it is: a letter no code uses, a digit, a wrong length.
 */
final class SessionCodes {

	static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY";
	/** The letters that no code uses, as the join page names them. */
	static final String NEVER_USED = "B, I, L, O, S, Z";
	static final int LENGTH = 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SessionCodes() {
	}

	/** What is wrong with a typed code: a message code of the bundle and its arguments. */
	record Problem(String message, List<Object> args) {

		Problem {
			args = List.copyOf(args);
		}

		static Problem of(String message, Object... args) {
			return new Problem(message, List.of(args));
		}
	}

	static String draw() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A code as typed (any case, spaces, dashes) in its canonical form, if it can be one. */
	static Optional<String> normalise(@Nullable String typed) {
		return problem(typed).isPresent() ? Optional.empty() : Optional.of(compact(typed));
	}

	/** Why the typed text cannot be a code, if it cannot: the first thing to correct. */
	static Optional<Problem> problem(@Nullable String typed) {
		String code = compact(typed);
		if (code.isEmpty()) {
			return Optional.of(Problem.of("presentation.join.error.empty"));
		}
		for (char c : code.toCharArray()) {
			if (Character.isDigit(c)) {
				return Optional.of(Problem.of("presentation.join.error.digit", String.valueOf(c)));
			}
			if (!Character.isLetter(c)) {
				return Optional.of(Problem.of("presentation.join.error.characters"));
			}
		}
		if (code.codePointCount(0, code.length()) != LENGTH) {
			return Optional.of(Problem.of("presentation.join.error.length", code.codePointCount(0, code.length())));
		}
		for (char c : code.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return Optional.of(Problem.of("presentation.join.error.letter", String.valueOf(c), NEVER_USED));
			}
		}
		return Optional.empty();
	}

	private static String compact(@Nullable String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}
}
