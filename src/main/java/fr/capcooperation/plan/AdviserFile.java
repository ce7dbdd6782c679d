package fr.capcooperation.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.AnswerLine;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advice.ReadinessLine;
import fr.capcooperation.advice.Advice.Reason;
import fr.capcooperation.advice.Advice.UndecidedAdvice;
import fr.capcooperation.advice.Advice.UnknownAdvice;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.rules.Hold;

/**
 * What the « Dossier pour votre accompagnateur » says on its one page: the shortlist and one or
 * two reasons for each form on it, the open questions (the « Je ne sais pas » that matter, why a
 * possible form is not recommended yet, what leaves the result undecided), the weak
 * prerequisites and the answers. Everything comes from the advice; nothing is added. Forms
 * named in a list go by their short names, so that the heaviest journey still fits one page.
 */
public record AdviserFile(List<Shortlisted> recommended, List<Shortlisted> alternatives, List<String> otherAlternatives,
		List<String> openQuestions, @Nullable UndecidedAdvice undecided, List<ReadinessLine> weak,
		List<AnswerLine> answers) {

	/** The questions that would settle an undecided result, unless the open questions already name them. */
	public List<String> settling() {
		if (undecided == null) {
			return List.of();
		}
		return undecided.settling().stream()
			.map(AnswerLine::label)
			.filter(label -> openQuestions.stream().noneMatch(question -> question.contains(label)))
			.toList();
	}

	/** Reasons said for each form on the shortlist, at most. */
	static final int REASONS = 2;

	/** Alternatives given with their reasons; the others are named only, so that the page stays one page. */
	static final int ALTERNATIVES = 3;

	/** A form on the shortlist with the reasons it fits. */
	public record Shortlisted(String name, String fit, List<String> reasons) {
	}

	/**
	 * The file of this advice. {@code hidden} are the questions not to repeat among the answers (the
	 * readiness checklist, which the weak prerequisites already say). A « Je ne sais pas » that
	 * matters is said once, among the open questions, not again among the answers.
	 */
	static AdviserFile of(Advice advice, Set<String> hidden, Sayings say) {
		List<Shortlisted> recommended = advice.recommended().stream().map(AdviserFile::shortlisted).toList();
		List<FormAdvice> possible = advice.possible();
		List<Shortlisted> alternatives = possible.stream().limit(ALTERNATIVES).map(AdviserFile::shortlisted).toList();
		List<String> others = possible.stream().skip(ALTERNATIVES).map(form -> form.form().shortName()).toList();
		List<String> open = new ArrayList<>();
		Set<String> unknown = new HashSet<>();
		for (UnknownAdvice question : advice.unknowns()) {
			unknown.add(question.question());
			open.add(say.unknown(question.label(),
					String.join(", ", question.forms().stream().map(CooperationForm::shortName).toList())));
		}
		// what keeps possible forms from being recommended, once per reason; « nothing shows it fits » is no open question
		Map<String, List<String>> byReason = new LinkedHashMap<>();
		for (FormAdvice form : possible) {
			for (int i = 0; i < form.holds().size() && i < form.holdTexts().size(); i++) {
				if (form.holds().get(i) != Hold.NO_EVIDENCE) {
					byReason.computeIfAbsent(form.holdTexts().get(i), reason -> new ArrayList<>()).add(form.form().shortName());
				}
			}
		}
		byReason.forEach((reason, forms) -> open.add(say.held(String.join(", ", forms), forms.size(), reason)));
		List<AnswerLine> answers = advice.answers().stream()
			.filter(line -> !hidden.contains(line.question()) && !unknown.contains(line.question()))
			.toList();
		return new AdviserFile(recommended, alternatives, others, List.copyOf(open), advice.undecided(),
				advice.readiness().weak(), answers);
	}

	/** The file's sentences (messages): a « Je ne sais pas » that matters, and forms that wait on an unknown. */
	interface Sayings {

		/** The question answered « Je ne sais pas » and the forms its answer matters for. */
		String unknown(String question, String forms);

		/** Forms not recommended yet (their names joined, how many) and why. */
		String held(String forms, int count, String reason);
	}

	private static Shortlisted shortlisted(FormAdvice form) {
		List<String> reasons = form.supports().stream().map(Reason::text).distinct().limit(REASONS).toList();
		return new Shortlisted(form.form().name(), form.fit(), reasons);
	}
}
