package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import fr.capcooperation.web.FrenchTypography;

/**
 * Two versions of a text compared word by word (java-diff-utils' Myers diff over words, spaces
 * and signs): the text before, in pieces kept or taken away, and after, in pieces kept or
 * added, so that a changed word in a long paragraph is what stands out.
 */
public record WordDiff(List<Piece> before, List<Piece> after) {

	/** What happened to a piece of text. */
	public enum Change {
		SAME, REMOVED, ADDED
	}

	/** A run of text and what happened to it. */
	public record Piece(String text, Change change) {

		public boolean changed() {
			return change != Change.SAME;
		}
	}

	/** Words (with their apostrophes and hyphens), runs of spaces, and single signs. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}’'_-]+|[^\\s\\p{L}\\p{N}]");

	public WordDiff {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/**
	 * Both texts are compared as pages show them (French spacing applied, {@link FrenchTypography}):
	 * a space typed ordinary on one side and no-break on the other is no change, and a piece never
	 * starts with the « ? » or « : » its space was split from.
	 */
	static WordDiff of(String before, String after) {
		List<String> from = tokens(FrenchTypography.text(before));
		List<String> to = tokens(FrenchTypography.text(after));
		Patch<String> patch = DiffUtils.diff(from, to);
		boolean[] removed = new boolean[from.size()];
		boolean[] added = new boolean[to.size()];
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			mark(removed, delta.getSource().getPosition(), delta.getSource().size());
			mark(added, delta.getTarget().getPosition(), delta.getTarget().size());
		}
		return new WordDiff(pieces(from, removed, Change.REMOVED), pieces(to, added, Change.ADDED));
	}

	/** Whether the texts differ at all. */
	public boolean changed() {
		return before.stream().anyMatch(Piece::changed) || after.stream().anyMatch(Piece::changed);
	}

	private static void mark(boolean[] marks, int from, int size) {
		for (int i = from; i < from + size && i < marks.length; i++) {
			marks[i] = true;
		}
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Runs of tokens with the same fate; spaces between two changed words change with them. */
	private static List<Piece> pieces(List<String> tokens, boolean[] changed, Change change) {
		boolean[] marks = changed.clone();
		for (int i = 1; i + 1 < tokens.size(); i++) {
			if (!marks[i] && tokens.get(i).isBlank() && marks[i - 1] && marks[i + 1]) {
				marks[i] = true;
			}
		}
		List<Piece> pieces = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		boolean current = false;
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && marks[i] != current) {
				pieces.add(new Piece(run.toString(), current ? change : Change.SAME));
				run.setLength(0);
			}
			current = marks[i];
			run.append(tokens.get(i));
		}
		if (!run.isEmpty()) {
			pieces.add(new Piece(run.toString(), current ? change : Change.SAME));
		}
		return pieces;
	}
}
