package fr.capcooperation.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one evaluation: every form assessed, in ranked order (recommended first,
 * then possible, then excluded, ties in catalogue order), the unknown answers that matter, the
 * readiness summary, the answers that were evaluated (those that apply), and, when the result
 * cannot recommend a structure yet, why and which answers would settle it (null otherwise).
 */
public record Recommendation(List<FormAssessment> forms, List<UnknownAnswer> unknowns, Readiness readiness,
		Answers evaluated, @Nullable Undecided undecided) {

	public Recommendation {
		forms = List.copyOf(forms);
		unknowns = List.copyOf(unknowns);
	}

	public Recommendation(List<FormAssessment> forms, List<UnknownAnswer> unknowns, Readiness readiness,
			Answers evaluated) {
		this(forms, unknowns, readiness, evaluated, null);
	}

	public List<FormAssessment> withStatus(Status status) {
		return forms.stream().filter(form -> form.status() == status).toList();
	}

	public List<FormAssessment> recommended() {
		return withStatus(Status.RECOMMENDED);
	}

	public FormAssessment form(String key) {
		return forms.stream()
			.filter(form -> form.form().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown form " + key));
	}
}
