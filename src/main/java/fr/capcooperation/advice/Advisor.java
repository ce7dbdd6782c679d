package fr.capcooperation.advice;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import fr.capcooperation.advice.Advice.AnswerLine;
import fr.capcooperation.advice.Advice.ChangeLine;
import fr.capcooperation.advice.Advice.ChangeOption;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advice.ReadinessAdvice;
import fr.capcooperation.advice.Advice.ReadinessLine;
import fr.capcooperation.advice.Advice.Reason;
import fr.capcooperation.advice.Advice.UndecidedAdvice;
import fr.capcooperation.advice.Advice.UnknownAdvice;
import fr.capcooperation.advice.Advice.Verdict;
import fr.capcooperation.advice.Advice.WarningAdvice;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.AnswerChange;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.ChangeSet;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Readiness;
import fr.capcooperation.rules.ReadinessWarning;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.RuleKind;
import fr.capcooperation.rules.RuleOutcome;
import fr.capcooperation.rules.Status;
import fr.capcooperation.rules.Undecided;

/**
 * Runs the engine of a catalogue version on a set of answers and explains the outcome in the
 * catalogue's words ("parce que vous avez répondu …").
 */
@Service
public class Advisor {

	private final MessageSource messages;

	Advisor(MessageSource messages) {
		this.messages = messages;
	}

	public Advice advise(Catalog catalog, Answers answers) {
		Recommendation recommendation = catalog.engine().evaluate(answers);
		Answers evaluated = recommendation.evaluated();
		ReadinessAdvice readiness = readiness(catalog, recommendation.readiness());
		Set<String> shown = new HashSet<>();
		catalog.ruleset().visibleQuestions(evaluated).forEach(question -> shown.add(question.key()));
		List<FormAdvice> forms = recommendation.forms()
			.stream()
			.map(assessment -> formAdvice(catalog, assessment, evaluated, shown, readiness))
			.toList();
		List<UnknownAdvice> unknowns = recommendation.unknowns()
			.stream()
			.map(unknown -> {
				String label = label(catalog, unknown.question());
				List<CooperationForm> concerned = unknown.forms()
					.stream()
					.map(key -> catalog.form(key).orElseThrow())
					.toList();
				String names = String.join(", ", concerned.stream().map(CooperationForm::shortName).toList());
				return new UnknownAdvice(unknown.question(), label, concerned,
						message("advice.unknown.sentence", label, names));
			})
			.toList();
		String coConstruction = catalog.coConstructionCondition().evaluate(evaluated).isTrue()
				? catalog.content().coConstruction().advice() : null;
		return new Advice(catalog.version(), catalog.publishedAt(), forms, unknowns, readiness, coConstruction,
				answerLines(catalog, evaluated), catalog.content().texts().disclaimer(),
				catalog.content().texts().support(), undecided(catalog, recommendation.undecided(), evaluated),
				verdict(catalog, forms));
	}

	/**
	 * The three lines at the top of a result: the recommended forms; the best alternative (the first
	 * possible form) with the one criterion that separates it from the first recommended; and the
	 * nearest lighter form on the graduated path with what keeps it out.
	 */
	private Verdict verdict(Catalog catalog, List<FormAdvice> forms) {
		List<FormAdvice> recommended = forms.stream().filter(form -> form.status() == Status.RECOMMENDED).toList();
		FormAdvice alternative = forms.stream().filter(form -> form.status() == Status.POSSIBLE).findFirst().orElse(null);
		FormAdvice first = recommended.isEmpty() ? alternative : recommended.get(0);
		// after « Ce qui les sépare : », a rule's sentence goes on in lower case
		String separation = recommended.isEmpty() || alternative == null ? null
				: lowerFirst(separation(recommended.get(0), alternative));
		if (first == null) {
			return new Verdict(recommended, alternative, separation, null, null, false);
		}
		List<String> ladder = ladder(catalog);
		int level = weight(first.form(), ladder);
		FormAdvice lighter = null;
		for (FormAdvice form : catalog.forms().stream().map(f -> find(forms, f.key())).toList()) {
			int weight = weight(form.form(), ladder);
			if (weight < level && (lighter == null || weight >= weight(lighter.form(), ladder))) {
				lighter = form;
			}
		}
		if (lighter == null) {
			return new Verdict(recommended, alternative, separation, null, null, true);
		}
		String reason = lighter.status() == Status.EXCLUDED && !lighter.blocks().isEmpty()
				? lowerFirst(lighter.blocks().get(0).text())
				: message("advice.verdict.lighter.fits", lighter.form().name());
		return new Verdict(recommended, alternative, separation, lighter, reason, false);
	}

	/** What sets the recommended form apart from the alternative: what is left to check or against it, else what is for the first. */
	private String separation(FormAdvice first, FormAdvice alternative) {
		if (!alternative.toCheck().isEmpty()) {
			return alternative.toCheck().get(0).text();
		}
		if (!alternative.weakens().isEmpty()) {
			return alternative.weakens().get(0).text();
		}
		Set<String> shared = new HashSet<>();
		alternative.supports().forEach(reason -> reason.answers().forEach(line -> shared.add(line.question())));
		return first.supports()
			.stream()
			.filter(reason -> reason.answers().stream().noneMatch(line -> shared.contains(line.question())))
			.map(Reason::text)
			.findFirst()
			.orElseGet(() -> message("advice.verdict.separation.more", first.form().name()));
	}

	/** The graduated path's steps, lightest first (version 1 has none). */
	private static List<String> ladder(Catalog catalog) {
		return catalog.graduatedPath()
			.flatMap(path -> catalog.question(path.ladderQuestion()))
			.map(question -> question.options().stream().map(option -> option.key()).toList())
			.orElse(List.of());
	}

	/** How integrated a form is: its step on the path, or, without a path, whether it creates a legal person. */
	private static int weight(CooperationForm form, List<String> ladder) {
		if (ladder.isEmpty() || form.step() == null) {
			return form.legalPerson() ? 1 : 0;
		}
		return ladder.indexOf(form.step());
	}

	private static FormAdvice find(List<FormAdvice> forms, String key) {
		return forms.stream().filter(form -> form.form().key().equals(key)).findFirst().orElseThrow();
	}

	/** Why no structure can be recommended yet, in the catalogue's words, and the answers that would settle it. */
	private @Nullable UndecidedAdvice undecided(Catalog catalog, @Nullable Undecided undecided, Answers answers) {
		if (undecided == null) {
			return null;
		}
		String text = undecided.cause() == Undecided.Cause.DEGREE_UNKNOWN
				? catalog.graduatedPath().map(path -> path.undecidedText()).orElse(message("advice.undecided.DEGREE_UNKNOWN"))
				: message("advice.undecided." + undecided.cause().name());
		List<AnswerLine> settling = undecided.settling().stream().map(key -> answerLine(catalog, key, answers)).toList();
		return new UndecidedAdvice(undecided.cause().name(), text, settling);
	}

	/** Every shown question with its answer in words, in questionnaire order. */
	public List<AnswerLine> answerLines(Catalog catalog, Answers answers) {
		List<AnswerLine> lines = new ArrayList<>();
		catalog.ruleset()
			.visibleQuestions(answers)
			.forEach(spec -> lines.add(answerLine(catalog, spec.key(), answers)));
		return lines;
	}

	private FormAdvice formAdvice(Catalog catalog, FormAssessment assessment, Answers answers, Set<String> shown,
			ReadinessAdvice readiness) {
		CooperationForm form = catalog.form(assessment.form()).orElseThrow();
		List<Reason> reasons = assessment.outcomes()
			.stream()
			.map(outcome -> reason(catalog, outcome, answers, shown))
			.toList();
		List<ChangeOption> changes = assessment.changes().stream().map(set -> changeOption(catalog, set)).toList();
		List<String> holdTexts = assessment.holds().stream().map(hold -> message("advice.hold." + hold.name())).toList();
		return new FormAdvice(form, assessment.status(), assessment.score(), assessment.rank(), assessment.tied(),
				reasons, changes, assessment.holds(), holdTexts, warning(catalog, form, assessment.warning(), readiness));
	}

	/** The readiness warning of a recommended structure, with the catalogue's text and a lighter first step. */
	private @Nullable WarningAdvice warning(Catalog catalog, CooperationForm form, @Nullable ReadinessWarning warning,
			ReadinessAdvice readiness) {
		if (warning == null) {
			return null;
		}
		List<ReadinessLine> weak = readiness.lines()
			.stream()
			.filter(line -> warning.weakLines().contains(line.prerequisite().key()))
			.toList();
		CooperationForm firstStep = warning.firstStep() == null ? null : catalog.form(warning.firstStep()).orElse(null);
		String text = catalog.graduatedPath().map(path -> path.readinessWarningText()).orElse("");
		String sentence = firstStep == null ? message("advice.warning.nofirststep")
				: message("advice.warning.firststep", firstStep.name(), form.name());
		return new WarningAdvice(form.key(), text, weak, firstStep, sentence);
	}

	private Reason reason(Catalog catalog, RuleOutcome outcome, Answers answers, Set<String> shown) {
		RuleDefinition rule = catalog.rule(outcome.rule().key()).orElseThrow();
		String text = switch (outcome.truth()) {
			case TRUE -> rule.textHolds();
			case FALSE -> rule.textFails();
			// unknown: the rule's conditional text; a rule of version 1 has none, so a requirement
			// reads as what is required and anything else as what would apply
			case UNKNOWN -> rule.textUnknown() != null ? rule.textUnknown()
					: message("advice.tocheck", rule.kind() == RuleKind.REQUIRES ? rule.textFails() : rule.textHolds());
		};
		// questions never shown are no part of « vous avez répondu » (P9)
		List<AnswerLine> lines = outcome.questions()
			.stream()
			.filter(shown::contains)
			.map(key -> answerLine(catalog, key, answers))
			.toList();
		List<AnswerLine> ordered = catalog.questions()
			.stream()
			.map(Question::key)
			.flatMap(key -> lines.stream().filter(line -> line.question().equals(key)))
			.toList();
		List<String> parts = ordered.stream()
			.filter(line -> answers.has(line.question()))
			.map(line -> message("advice.because.item", line.answer(), line.label()))
			.toList();
		List<String> unanswered = ordered.stream()
			.filter(line -> !answers.has(line.question()))
			.map(line -> message("advice.quote", line.label()))
			.toList();
		List<String> sentences = new ArrayList<>();
		if (!parts.isEmpty()) {
			sentences.add(message("advice.because", joinWithAnd(parts)));
		}
		if (!unanswered.isEmpty()) {
			sentences.add(message(unanswered.size() == 1 ? "advice.because.unanswered" : "advice.because.unanswered.many",
					joinWithAnd(unanswered)));
		}
		String because = String.join(" ", sentences);
		return new Reason(rule.key(), rule.kind(), outcome.effect(), outcome.truth(), rule.weight(), text, ordered,
				because);
	}

	private ChangeOption changeOption(Catalog catalog, ChangeSet set) {
		List<ChangeLine> lines = set.changes().stream().map(change -> changeLine(catalog, change)).toList();
		// « À la question … et à la question … »: one sentence, so only its first letter is a capital
		List<String> sentences = new ArrayList<>();
		lines.forEach(line -> sentences.add(sentences.isEmpty() ? line.sentence() : lowerFirst(line.sentence())));
		return new ChangeOption(lines, joinWithAnd(sentences));
	}

	private ChangeLine changeLine(Catalog catalog, AnswerChange change) {
		String label = label(catalog, change.question());
		String from = change.from() == null ? message("advice.answer.none") : answerText(catalog, change.question(), change.from());
		String to = answerText(catalog, change.question(), change.to());
		List<String> added = labels(catalog, change.question(), change.added());
		List<String> removed = labels(catalog, change.question(), change.removed());
		String sentence;
		if (change.to() instanceof Answer.Choices) {
			List<String> parts = new ArrayList<>();
			if (!added.isEmpty()) {
				parts.add(message("advice.change.add", quoteAll(added)));
			}
			if (!removed.isEmpty()) {
				parts.add(message("advice.change.remove", quoteAll(removed)));
			}
			sentence = message("advice.change.multiple", label, joinWithAnd(parts));
		}
		else {
			sentence = message("advice.change.single", label, to, from);
		}
		return new ChangeLine(change.question(), label, from, to, added, removed, sentence);
	}

	private ReadinessAdvice readiness(Catalog catalog, Readiness readiness) {
		Question question = catalog.questions()
			.stream()
			.filter(q -> q.type() == QuestionType.CHECKLIST)
			.findFirst()
			.orElse(null);
		List<ReadinessLine> lines = readiness.lines()
			.stream()
			.map(line -> new ReadinessLine(catalog.prerequisite(line.key()).orElseThrow(), line.level(),
					line.level() == null || question == null ? message("advice.answer.none")
							: catalog.optionLabel(question.key(), line.level()),
					line.weak()))
			.toList();
		int answered = (int) lines.stream().filter(line -> line.level() != null).count();
		String summary = message("advice.readiness.summary", readiness.toConsolidate(), readiness.total());
		return new ReadinessAdvice(readiness.total(), answered, readiness.toConsolidate(), lines, summary);
	}

	private AnswerLine answerLine(Catalog catalog, String questionKey, Answers answers) {
		String label = label(catalog, questionKey);
		String answer = answers.get(questionKey)
			.map(value -> answerText(catalog, questionKey, value))
			.orElseGet(() -> message("advice.answer.none"));
		return new AnswerLine(questionKey, label, answer);
	}

	/** An answer in words: option labels, a number in French digits, a checklist's count. */
	public String answerText(Catalog catalog, String questionKey, Answer answer) {
		if (answer instanceof Answer.Choice choice) {
			return catalog.optionLabel(questionKey, choice.option());
		}
		if (answer instanceof Answer.Choices choices) {
			// options joined in one phrase: « Des associations, une collectivité »
			List<String> labels = labels(catalog, questionKey, choices.options());
			List<String> joined = new ArrayList<>();
			labels.forEach(label -> joined.add(joined.isEmpty() ? label : lowerFirst(label)));
			return String.join(", ", joined);
		}
		if (answer instanceof Answer.Number number) {
			return NumberFormat.getIntegerInstance(Locale.FRANCE).format(number.value());
		}
		Answer.Checklist checklist = (Answer.Checklist) answer;
		List<String> parts = new ArrayList<>();
		checklist.levels().forEach((line, level) -> parts.add(catalog.prerequisite(line)
			.map(prerequisite -> prerequisite.label())
			.orElse(line) + " : " + catalog.optionLabel(questionKey, level)));
		return String.join(" ; ", parts);
	}

	/** The first letter in lower case, unless the word is an acronym (« ESSMS »). */
	static String lowerFirst(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static List<String> labels(Catalog catalog, String questionKey, Set<String> options) {
		return options.stream().map(option -> catalog.optionLabel(questionKey, option)).toList();
	}

	private static String label(Catalog catalog, String questionKey) {
		return catalog.question(questionKey).map(Question::label).orElse(questionKey);
	}

	private String quoteAll(List<String> labels) {
		return joinWithAnd(labels.stream().map(label -> message("advice.quote", label)).toList());
	}

	private String joinWithAnd(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + message("advice.and") + " "
				+ parts.get(parts.size() - 1);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
