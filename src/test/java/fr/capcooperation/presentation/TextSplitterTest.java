package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Long catalogue texts are cut into slide-sized pieces without losing or breaking a sentence. */
class TextSplitterTest {

	@Test
	void a_short_text_stays_on_one_slide() {
		assertThat(TextSplitter.split("Une phrase courte.", 420)).containsExactly("Une phrase courte.");
	}

	@Test
	void paragraphs_are_grouped_while_they_fit_then_go_to_the_next_slide() {
		String a = "A".repeat(200) + ".";
		String b = "B".repeat(150) + ".";
		String c = "C".repeat(300) + ".";
		List<String> pieces = TextSplitter.split(a + "\n\n" + b + "\n\n" + c, 420);
		assertThat(pieces).containsExactly(a + "\n\n" + b, c);
	}

	@Test
	void a_paragraph_too_long_for_a_slide_is_cut_between_sentences_and_nothing_is_lost() {
		String sentence = "Les membres décident ensemble de la suite à donner au projet commun. ";
		String paragraph = sentence.repeat(12).strip();
		List<String> pieces = TextSplitter.split(paragraph, 420);
		assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(piece -> {
			assertThat(piece.length()).isLessThanOrEqualTo(420);
			assertThat(piece).startsWith("Les membres").endsWith("commun.");
		});
		assertThat(String.join(" ", pieces)).isEqualTo(paragraph);
	}
}
