package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long Markdown text into pieces that each fit on a slide: at paragraph breaks first,
 * then at sentence ends, never inside a sentence (a sentence longer than the limit stays whole).
 */
final class TextSplitter {

	private TextSplitter() {
	}

	private record Unit(String text, boolean startsParagraph) {
	}

	static List<String> split(String text, int maxChars) {
		List<Unit> units = new ArrayList<>();
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			String trimmed = paragraph.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.length() <= maxChars) {
				units.add(new Unit(trimmed, true));
				continue;
			}
			boolean first = true;
			for (String sentence : trimmed.split("(?<=[.!?…:;])\\s+(?=[\\p{Lu}«(\\[*-])")) {
				units.add(new Unit(sentence.strip(), first));
				first = false;
			}
		}
		List<String> pieces = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (Unit unit : units) {
			if (!current.isEmpty() && current.length() + unit.text().length() + 2 > maxChars) {
				pieces.add(current.toString());
				current.setLength(0);
			}
			if (!current.isEmpty()) {
				current.append(unit.startsParagraph() ? "\n\n" : (unit.text().startsWith("-") ? "\n" : " "));
			}
			current.append(unit.text());
		}
		if (!current.isEmpty()) {
			pieces.add(current.toString());
		}
		return pieces.isEmpty() ? List.of("") : pieces;
	}
}
