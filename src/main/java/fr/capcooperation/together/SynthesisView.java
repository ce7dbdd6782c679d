package fr.capcooperation.together;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.GroupDiagnosis;
import fr.capcooperation.rules.GroupDiagnosis.Agreement;
import fr.capcooperation.rules.GroupDiagnosis.PartnerResult;
import fr.capcooperation.rules.GroupDiagnosis.Position;
import fr.capcooperation.rules.GroupDiagnosis.PrerequisiteSpread;
import fr.capcooperation.rules.GroupDiagnosis.QuestionComparison;
import fr.capcooperation.rules.GroupDiagnosis.Variant;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Settlement;
import fr.capcooperation.together.SharedApproach.Partner;

/**
 * The synthesis in words, as the coordinator's page, the partners' page and the meeting read
 * it: partners by name, questions and answers by their labels, forms by their names. With
 * {@code showAnswers} false (partners who may see only the synthesis) no answer is tied to a
 * partner: variants say how many partners give them, prerequisites only their spread.
 */
record SynthesisView(String approachName, boolean showAnswers, int catalogVersion, int partnerCount, int respondentCount,
		long answeredCount, long completedCount, List<Discussion> toDiscuss, List<FormName> sharedRecommended,
		@Nullable String sharedUndecided, @Nullable String sharedUndecidedMarkdown, List<String> warnings,
		List<PartnerLine> partners, List<PrerequisiteLine> prerequisites, List<QuestionLine> questions,
		List<String> divergentWithoutEffect, @Nullable WhatIf whatIf) {

	/**
	 * « Et si… ? »: the group's recommendation with one disputed answer ({@code variant}, from 1,
	 * of the question's answers) agreed by all, and the forms whose status changes.
	 */
	record WhatIf(String question, String label, int variant, String answer, List<FormName> recommended,
			List<FormName> nowRecommended, List<FormName> noLongerRecommended, List<FormName> nowExcluded,
			List<FormName> noLongerExcluded, @Nullable String undecided, @Nullable String undecidedMarkdown,
			boolean changes) {
	}

	record FormName(String key, String name) {
	}

	record Discussion(String question, String label, int impact, String impactSentence, List<VariantLine> variants) {

		/** The label as a title: no line break before its closing « ? », « ! » or « : » (a narrow no-break space). */
		public String title() {
			return label.replaceAll("\\s+([?!:;])", "\u202f$1");
		}
	}

	record VariantLine(String answer, String who, int partnerCount, List<FormName> recommended, int excluded) {
	}

	/** A partner, how many of its respondents answered and, when answers are shown, what its answers alone recommend. */
	record PartnerLine(String name, int respondents, int answered, List<FormName> recommended) {
	}

	/** {@code notReady}: the partners that do not rate it ready (empty unless answers are shown). */
	record PrerequisiteLine(String key, String label, List<LevelCount> counts, List<PartnerLevel> partners,
			List<String> notReady, boolean weak, boolean toConsolidate) {
	}

	record LevelCount(String label, int count) {
	}

	record PartnerLevel(String partner, String level) {
	}

	record QuestionLine(String key, String label, String agreement, String agreementLabel, List<PartnerAnswer> answers) {
	}

	record PartnerAnswer(String partner, String answer) {
	}

	static SynthesisView of(Synthesis synthesis, boolean showAnswers, Advisor advisor, MessageSource messages) {
		return new Builder(synthesis, advisor, messages).build(showAnswers, null);
	}

	/**
	 * The synthesis with « Et si… ? » on the {@code variant}-th answer (from 1) given to
	 * {@code question}; without it when the question is null, not in dispute or has no such answer.
	 */
	static SynthesisView of(Synthesis synthesis, boolean showAnswers, @Nullable String question, int variant,
			SharedApproaches approaches, Advisor advisor, MessageSource messages) {
		@Nullable Settlement settlement = question == null ? null : approaches.settle(synthesis, question, variant).orElse(null);
		Builder builder = new Builder(synthesis, advisor, messages);
		return builder.build(showAnswers, settlement == null ? null : builder.whatIf(settlement, variant));
	}

	private record Undecided(@Nullable String byDispute, @Nullable String markdown) {
	}

	private static final class Builder {

		private final Synthesis synthesis;
		private final Catalog catalog;
		private final GroupDiagnosis diagnosis;
		private final Advisor advisor;
		private final MessageSource messages;
		private final Map<String, String> names = new LinkedHashMap<>();

		Builder(Synthesis synthesis, Advisor advisor, MessageSource messages) {
			this.synthesis = synthesis;
			this.catalog = synthesis.catalog();
			this.diagnosis = synthesis.diagnosis();
			this.advisor = advisor;
			this.messages = messages;
			for (Partner partner : synthesis.approach().partners()) {
				names.put(Synthesis.partnerKey(partner), partner.name());
			}
		}

		SynthesisView build(boolean showAnswers, @Nullable WhatIf whatIf) {
			Advice shared = advisor.advise(catalog, diagnosis.shared());
			Undecided undecided = undecided(shared, null);
			List<String> warnings = shared.warnings()
				.stream()
				.map(warning -> warning.text() + (warning.firstStepSentence().isBlank() ? "" : "\n\n" + warning.firstStepSentence()))
				.distinct()
				.toList();
			List<PartnerLine> partners = new ArrayList<>();
			for (PartnerResult result : diagnosis.partners()) {
				partners.add(new PartnerLine(name(result.partner()), result.respondents(), result.answered(),
						showAnswers && result.hasAnswered() ? formNames(result.recommendation().recommended().stream().map(FormAssessment::form).toList())
								: List.of()));
			}
			return new SynthesisView(synthesis.approach().name(), showAnswers, catalog.version(),
					synthesis.approach().partners().size(), synthesis.approach().respondentCount(), synthesis.answered(),
					synthesis.completed(), diagnosis.toDiscuss().stream().map(q -> discussion(q, showAnswers)).toList(),
					formNames(shared.recommended().stream().map(form -> form.form().key()).toList()), undecided.byDispute(),
					undecided.markdown(), warnings, partners,
					diagnosis.prerequisites().stream().map(p -> prerequisite(p, showAnswers)).toList(),
					showAnswers ? diagnosis.questions().stream().map(this::question).toList() : List.of(),
					diagnosis.divergentWithoutEffect().stream().map(q -> label(q.question())).toList(), whatIf);
		}

		/**
		 * Why nothing common can be recommended, if so: the disputed questions that would settle it
		 * (« Tant que vous n’êtes pas d’accord sur … »), else the advisor's own text (Markdown).
		 * {@code settled} is a disputed question no longer in dispute.
		 */
		private Undecided undecided(Advice advice, @Nullable String settled) {
			Advice.UndecidedAdvice undecided = advice.undecided();
			if (undecided == null) {
				return new Undecided(null, null);
			}
			Set<String> disputed = new LinkedHashSet<>();
			diagnosis.questions()
				.stream()
				.filter(q -> q.agreement() == Agreement.DIVERGENT && !q.question().equals(settled))
				.forEach(q -> disputed.add(q.question()));
			List<String> disputedSettling = undecided.settling()
				.stream()
				.filter(line -> disputed.contains(line.question()))
				.map(line -> message("together.synthesis.quoted", line.label()))
				.toList();
			return disputedSettling.isEmpty() ? new Undecided(null, undecided.text())
					: new Undecided(message("together.synthesis.undecidedByDispute", String.join(", ", disputedSettling)), null);
		}

		WhatIf whatIf(Settlement settlement, int variant) {
			Advice advice = advisor.advise(catalog, settlement.answers());
			Undecided undecided = undecided(advice, settlement.question());
			return new WhatIf(settlement.question(), label(settlement.question()), variant,
					advisor.answerText(catalog, settlement.question(), settlement.answer()),
					formNames(advice.recommended().stream().map(form -> form.form().key()).toList()),
					formNames(settlement.nowRecommended()), formNames(settlement.noLongerRecommended()),
					formNames(settlement.nowExcluded()), formNames(settlement.noLongerExcluded()), undecided.byDispute(),
					undecided.markdown(), settlement.changesTheResult());
		}

		private Discussion discussion(QuestionComparison question, boolean showAnswers) {
			List<VariantLine> variants = new ArrayList<>();
			for (Variant variant : question.variants()) {
				String who = showAnswers ? String.join(", ", variant.partners().stream().map(this::name).toList())
						: message("together.synthesis.partnerCount", variant.partners().size());
				variants.add(new VariantLine(advisor.answerText(catalog, question.question(), variant.answer()), who,
						variant.partners().size(), formNames(variant.recommended()), variant.excluded().size()));
			}
			return new Discussion(question.question(), label(question.question()), question.impact(),
					message("together.synthesis.impact", question.impact()), variants);
		}

		private PrerequisiteLine prerequisite(PrerequisiteSpread spread, boolean showAnswers) {
			String questionKey = catalog.questions()
				.stream()
				.filter(q -> q.type() == QuestionType.CHECKLIST)
				.map(Question::key)
				.findFirst()
				.orElse("readiness");
			List<LevelCount> counts = new ArrayList<>();
			spread.levelCounts().forEach((level, count) -> counts.add(new LevelCount(catalog.optionLabel(questionKey, level), count)));
			List<PartnerLevel> levels = new ArrayList<>();
			List<String> notReady = new ArrayList<>();
			@Nullable String ready = spread.levelCounts().keySet().stream().findFirst().orElse(null);
			if (showAnswers) {
				spread.partnerLevels().forEach((partner, level) -> {
					levels.add(new PartnerLevel(name(partner),
							level == null ? message("together.synthesis.noAnswer") : catalog.optionLabel(questionKey, level)));
					if (level != null && !level.equals(ready)) {
						notReady.add(name(partner));
					}
				});
			}
			String label = catalog.prerequisite(spread.line()).map(p -> p.label()).orElse(spread.line());
			return new PrerequisiteLine(spread.line(), label, counts, levels, notReady, spread.weakForGroup(),
					spread.toConsolidate());
		}

		private QuestionLine question(QuestionComparison question) {
			List<PartnerAnswer> answers = new ArrayList<>();
			for (Position position : question.positions()) {
				Answer answer = position.answer();
				String text = switch (position.state()) {
					case ANSWERED -> answer == null ? "" : advisor.answerText(catalog, question.question(), answer);
					case DONT_KNOW -> message("together.position.dontKnow");
					case UNANSWERED -> message("together.position.unanswered");
					case NOT_ASKED -> message("together.position.notAsked");
					case DIVIDED -> message("together.position.divided");
				};
				answers.add(new PartnerAnswer(name(position.partner()), text));
			}
			String agreement = question.agreement().name().toLowerCase(Locale.ROOT);
			return new QuestionLine(question.question(), label(question.question()), agreement,
					message("together.agreement." + agreement), answers);
		}

		private List<FormName> formNames(List<String> keys) {
			return keys.stream()
				.map(key -> new FormName(key, catalog.form(key).map(CooperationForm::name).orElse(key)))
				.toList();
		}

		private String label(String question) {
			return catalog.question(question).map(Question::label).orElse(question);
		}

		private String name(String partnerKey) {
			return names.getOrDefault(partnerKey, partnerKey);
		}

		private String message(String code, Object... arguments) {
			return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
		}
	}
}
