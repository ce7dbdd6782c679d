package fr.capcooperation.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.rules.Status;

/**
 * What a what-if changes in the ranking, computed by comparing the saved result with the new
 * one: forms that become possible or are excluded, that take or lose the lead, that move up or
 * down. Each line is a message key with the form's name.
 */
record RankingShift(List<Line> lines, List<Row> rows) {

	/** One sentence: a message key and its argument (the form's name). */
	record Line(String key, String form, String formKey) {
	}

	/** One form before and after, for the ranking table. */
	record Row(FormAdvice before, FormAdvice after) {

		public boolean statusChanged() {
			return before.status() != after.status();
		}
	}

	static RankingShift between(Advice before, Advice after) {
		Map<String, FormAdvice> previous = before.forms()
			.stream()
			.collect(Collectors.toMap(form -> form.form().key(), Function.identity()));
		List<Line> lines = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (FormAdvice now : after.forms()) {
			FormAdvice was = previous.get(now.form().key());
			if (was == null) {
				continue;
			}
			rows.add(new Row(was, now));
			String key = sentence(was, now);
			if (key != null) {
				lines.add(new Line(key, now.form().name(), now.form().key()));
			}
		}
		return new RankingShift(lines, rows);
	}

	private static @Nullable String sentence(FormAdvice was, FormAdvice now) {
		Status before = was.status();
		Status after = now.status();
		if (before != Status.RECOMMENDED && after == Status.RECOMMENDED) {
			return before == Status.EXCLUDED ? "results.whatif.shift.excluded_to_lead" : "results.whatif.shift.lead";
		}
		if (before == Status.EXCLUDED && after == Status.POSSIBLE) {
			return "results.whatif.shift.possible";
		}
		if (before != Status.EXCLUDED && after == Status.EXCLUDED) {
			return "results.whatif.shift.excluded";
		}
		if (before == Status.RECOMMENDED && after == Status.POSSIBLE) {
			return "results.whatif.shift.lead_lost";
		}
		if (before == Status.POSSIBLE && after == Status.POSSIBLE && now.rank() != was.rank()) {
			return now.rank() < was.rank() ? "results.whatif.shift.up" : "results.whatif.shift.down";
		}
		return null;
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}
}
