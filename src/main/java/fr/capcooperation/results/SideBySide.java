package fr.capcooperation.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.AnswerLine;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advice.Reason;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Truth;

/**
 * Two or three forms side by side: one row per question that their rules read, and in each
 * cell the form's criteria on that question with the verdict for the respondent's answers
 * (met, not met, to check for a requirement or an exclusion; for or against for a preference).
 */
record SideBySide(List<FormAdvice> forms, List<Row> rows) {

	static final int MIN = 2;
	static final int MAX = 3;

	enum Verdict {
		MET, NOT_MET, TO_CHECK, FOR, AGAINST
	}

	record Criterion(Verdict verdict, String text) {
	}

	/** A question, the respondent's answer, and per form (in column order) its criteria. */
	record Row(String question, String label, String answer, List<List<Criterion>> cells) {
	}

	static SideBySide of(Catalog catalog, Advice advice, List<String> formKeys) {
		List<FormAdvice> forms = formKeys.stream()
			.flatMap(key -> advice.forms().stream().filter(form -> form.form().key().equals(key)))
			.toList();
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Question question : catalog.questions()) {
			rows.put(question.key(), null);
		}
		Map<String, List<List<Criterion>>> cells = new LinkedHashMap<>();
		Map<String, AnswerLine> answers = new LinkedHashMap<>();
		for (int column = 0; column < forms.size(); column++) {
			for (Reason reason : forms.get(column).reasons()) {
				if (reason.answers().isEmpty()) {
					continue;
				}
				AnswerLine line = reason.answers().get(0);
				answers.putIfAbsent(line.question(), line);
				List<List<Criterion>> row = cells.computeIfAbsent(line.question(), key -> emptyCells(forms.size()));
				row.get(column).add(new Criterion(verdict(reason), reason.text()));
			}
		}
		List<Row> ordered = new ArrayList<>();
		rows.keySet().forEach(key -> {
			AnswerLine line = answers.get(key);
			if (line != null && cells.containsKey(key)) {
				ordered.add(new Row(key, line.label(), line.answer(), cells.get(key)));
			}
		});
		return new SideBySide(forms, ordered);
	}

	private static List<List<Criterion>> emptyCells(int size) {
		List<List<Criterion>> cells = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			cells.add(new ArrayList<>());
		}
		return cells;
	}

	static Verdict verdict(Reason reason) {
		if (reason.truth() == Truth.UNKNOWN) {
			return Verdict.TO_CHECK;
		}
		return switch (reason.kind()) {
			case REQUIRES -> reason.truth() == Truth.TRUE ? Verdict.MET : Verdict.NOT_MET;
			case EXCLUDES -> reason.truth() == Truth.FALSE ? Verdict.MET : Verdict.NOT_MET;
			case FAVOURS -> Verdict.FOR;
			case DISFAVOURS -> Verdict.AGAINST;
		};
	}
}
