package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** French spacing: what changes, and everything that must not. */
class FrenchTypographyTest {

	private static final String N = "\u202F";

	private static final String NB = "\u00A0";

	@Nested
	class WhatChanges {

		@Test
		void a_question_mark_an_exclamation_mark_and_a_semicolon_take_a_narrow_no_break_space() {
			assertThat(FrenchTypography.text("Pourquoi ?")).isEqualTo("Pourquoi" + N + "?");
			assertThat(FrenchTypography.text("Attention ! Lisez ceci ; puis cela.")).isEqualTo(
					"Attention" + N + "! Lisez ceci" + N + "; puis cela.");
			assertThat(FrenchTypography.text("Pourquoi? Parce que!")).isEqualTo("Pourquoi" + N + "? Parce que" + N + "!");
		}

		@Test
		void a_colon_takes_a_no_break_space() {
			assertThat(FrenchTypography.text("Note : x")).isEqualTo("Note" + NB + ": x");
			assertThat(FrenchTypography.text("Note: x")).isEqualTo("Note" + NB + ": x");
			assertThat(FrenchTypography.text("Préalables à consolider :")).isEqualTo("Préalables à consolider" + NB + ":");
		}

		@Test
		void guillemets_hold_their_words_with_narrow_no_break_spaces() {
			assertThat(FrenchTypography.text("« Pourquoi ? »")).isEqualTo("«" + N + "Pourquoi" + N + "?" + N + "»");
			assertThat(FrenchTypography.text("la forme «GIP»")).isEqualTo("la forme «" + N + "GIP" + N + "»");
			assertThat(FrenchTypography.text("«\u00A0GIP\u00A0»")).isEqualTo("«" + N + "GIP" + N + "»");
		}

		@Test
		void in_html_only_the_text_changes() {
			assertThat(FrenchTypography.html("<p class=\"a\">Pourquoi ? <a href=\"/x?y=1\">ici</a> : <strong>« GIP »</strong></p>"))
				.isEqualTo("<p class=\"a\">Pourquoi" + N + "? <a href=\"/x?y=1\">ici</a>" + NB + ": <strong>«" + N + "GIP" + N
						+ "»</strong></p>");
		}
	}

	@Nested
	class WhatDoesNot {

		@Test
		void addresses_times_and_placeholders_are_left_alone() {
			assertThat(FrenchTypography.text("Voir https://www.legifrance.gouv.fr/search?query=a;b")).isEqualTo(
					"Voir https://www.legifrance.gouv.fr/search?query=a;b");
			assertThat(FrenchTypography.text("mailto:contact@exemple.fr")).isEqualTo("mailto:contact@exemple.fr");
			assertThat(FrenchTypography.text("à 14:30")).isEqualTo("à 14:30");
			assertThat(FrenchTypography.text("{0} : {1,choice,1#un|1<{1} membres} ?")).isEqualTo(
					"{0}" + NB + ": {1,choice,1#un|1<{1} membres}" + N + "?");
			assertThat(FrenchTypography.text("{{structure1.nom}}: x")).isEqualTo("{{structure1.nom}}: x");
		}

		@Test
		void markdown_links_and_emphasis_stay_markdown() {
			String markdown = "**Information :** voir [la loi](https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000497458) ;"
					+ " ![schéma](/img/a.png) et [GIP](/formes/gip).";
			assertThat(FrenchTypography.text(markdown)).isEqualTo("**Information" + NB + ":** voir"
					+ " [la loi](https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000497458)" + N + ";"
					+ " ![schéma](/img/a.png) et [GIP](/formes/gip).");
		}

		@Test
		void entities_code_scripts_and_fields_are_left_alone() {
			assertThat(FrenchTypography.html("Tom &amp; Jerry &#39;x&#39; ; fin")).isEqualTo(
					"Tom &amp; Jerry &#39;x&#39;" + N + "; fin");
			String code = "<code>a ? b : c;</code><script>if (a) { b(); } x = y ? 1 : 2;</script>"
					+ "<textarea>Note : brut</textarea><!-- a : b -->";
			assertThat(FrenchTypography.html(code)).isEqualTo(code);
		}

		@Test
		void it_is_idempotent() {
			String once = FrenchTypography.html("<p>« Pourquoi ? » Note : x ; y ! https://a.fr/?b 14:30</p>");
			assertThat(FrenchTypography.html(once)).isEqualTo(once);
			assertThat(FrenchTypography.text("Fait" + N + ": déjà")).as("a narrow space already there is kept")
				.isEqualTo("Fait" + N + ": déjà");
		}
	}
}
