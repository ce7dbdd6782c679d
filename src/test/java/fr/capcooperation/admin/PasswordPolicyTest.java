package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a password must be: long enough, within BCrypt's 72 bytes, and hard to guess, French guesses included. */
class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	@Test
	void the_most_common_passwords_and_their_french_cousins_are_refused() {
		for (String password : List.of("123456789012", "azertyuiop12", "qwertyuiop123", "motdepasse2026", "Password2026!",
				"P@ssw0rd1234", "soleil123456", "marseille1313", "Marseille13013", "chouchou2026", "bénévole2026!",
				"capcooperation", "Cooperation2026", "wxcvbnqsdfgh", "aaaaaaaaaaaa", "abcdefghijkl", "iloveyou1234",
				"azerty123456")) {
			assertThat(POLICY.problem("dominique", password)).as(password).contains("admin.password.error.weak");
		}
	}

	@Test
	void passphrases_and_random_passwords_are_accepted() {
		for (String password : List.of("correct horse battery staple", "Le vélo bleu du marché gèle", "Trois-pommes-et-un-violon",
				"Un-mot-de-passe-solide-42", "k7#Qm2!zRw9$", AccountService.randomPassword())) {
			assertThat(POLICY.problem("dominique", password)).as(password).isEmpty();
		}
	}

	@Test
	void a_password_holds_at_least_twelve_characters_and_not_the_user_name() {
		assertThat(POLICY.problem("dominique", "k7#Qm2!zRw9")).contains("admin.password.error.short");
		assertThat(POLICY.problem("dominique", "Dominique-a-la-plage")).contains("admin.password.error.username");
		assertThat(POLICY.problem("dominique", "😀😀😀😀😀😀😀😀😀😀😀")).as("11 characters, whatever their UTF-16 length")
			.contains("admin.password.error.short");
	}

	@Test
	void a_password_beyond_bcrypts_72_bytes_is_said_too_long_whatever_its_length() {
		assertThat(POLICY.problem("dominique", "é".repeat(36) + "x")).as("73 bytes").contains("admin.password.error.long");
		assertThat(POLICY.problem("dominique", "Le vélo bleu du marché gèle ; ".repeat(4_000))).contains("admin.password.error.long");
		assertThat(POLICY.problem("dominique", "Une phrase de passe de soixante-douze octets, pas un de plus, ok ! 12345"))
			.as("exactly 72 bytes").isEmpty();
	}
}
