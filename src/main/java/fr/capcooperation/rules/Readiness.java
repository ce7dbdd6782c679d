package fr.capcooperation.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The prerequisites checklist: each line's level (null when unanswered) and how many lines
 * are still to consolidate (answered with a level other than the first, "ready", one).
 */
public record Readiness(List<Line> lines, int toConsolidate) {

	public Readiness {
		lines = List.copyOf(lines);
	}

	public int total() {
		return lines.size();
	}

	public List<Line> weakLines() {
		return lines.stream().filter(Line::weak).toList();
	}

	public record Line(String key, @Nullable String level, boolean weak) {
	}

	static final Readiness NONE = new Readiness(List.of(), 0);
}
