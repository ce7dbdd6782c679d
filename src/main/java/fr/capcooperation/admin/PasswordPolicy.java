package fr.capcooperation.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.DictionaryLoader;
import com.nulabinc.zxcvbn.matchers.Keyboard;
import com.nulabinc.zxcvbn.matchers.SlantedKeyboardLoader;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (the limit of BCrypt, which hashes them: 72 letters without accent,
 * fewer with accents), and hard to guess as zxcvbn measures it (score 3 of 4 at least: about a
 * hundred million guesses): none of the most common passwords (zxcvbn's list of 30,000 and a
 * French one shipped in {@code passwords/}), no keyboard pattern (QWERTY or AZERTY), sequence,
 * repetition or date alone, nothing made of the user name or the site's words.
 * Problems are message codes, said in French by the pages.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_BYTES = 72;
	static final int MIN_SCORE = 3;

	/** Words of this site that make a password easy to guess here. */
	private static final List<String> SITE_WORDS = List.of("capcoop", "capcooperation", "cooperation", "coopération",
			"cap cooperation", "association", "admin", "back-office", "backoffice", "formateur", "motdepasse");

	private volatile @Nullable Zxcvbn zxcvbn;

	/** The message code of what is wrong with a password, if anything. */
	Optional<String> problem(String username, String password) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("admin.password.error.short");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("admin.password.error.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (name.length() >= 3 && lower.contains(name)) {
			return Optional.of("admin.password.error.username");
		}
		List<String> userInputs = new ArrayList<>(SITE_WORDS);
		if (!name.isEmpty()) {
			userInputs.add(name);
		}
		Strength strength = estimator().measure(password, userInputs);
		if (strength.getScore() < MIN_SCORE) {
			return Optional.of("admin.password.error.weak");
		}
		return Optional.empty();
	}

	/** The arguments of the messages above: the minimum length, the maximum in bytes. */
	static Object[] messageArguments() {
		return new Object[] { MIN_LENGTH, MAX_BYTES };
	}

	/** zxcvbn with its dictionaries and keyboards, and the French ones; built on first use (about half a second). */
	private Zxcvbn estimator() {
		Zxcvbn built = zxcvbn;
		if (built == null) {
			synchronized (this) {
				built = zxcvbn;
				if (built == null) {
					built = build();
					zxcvbn = built;
				}
			}
		}
		return built;
	}

	private static Zxcvbn build() {
		try {
			List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
			dictionaries.add(new DictionaryLoader("french_passwords",
					() -> new ClassPathResource("passwords/french-common.txt").getInputStream()).load());
			List<Keyboard> keyboards = new ArrayList<>(StandardKeyboards.loadAllKeyboards());
			keyboards.add(new SlantedKeyboardLoader("azerty", () -> new ClassPathResource("passwords/azerty.txt").getInputStream())
				.load());
			return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(keyboards).build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the password dictionaries cannot be read", ex);
		}
	}
}
