package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.presentation.LiveResults.LineResults;
import fr.capcooperation.presentation.LiveResults.QuestionResults;
import fr.capcooperation.presentation.LiveResults.Share;

/**
 * A live session's figures, read from its counts ({@link LiveTally}: one row, whatever the
 * number of attendees) and named with the current catalogue's labels: per question the count
 * and percentage of each option (a multiple choice counts each option chosen, out of those
 * who answered), member counts by range, readiness levels per prerequisite, and the forms
 * recommended first for the finished journeys.
 */
@Component
class LiveResultsCalculator {

	private final LiveTally tally;
	private final CatalogService catalogs;
	private final MessageSource messages;

	LiveResultsCalculator(LiveTally tally, CatalogService catalogs, MessageSource messages) {
		this.tally = tally;
		this.catalogs = catalogs;
		this.messages = messages;
	}

	/** The figures, all of them: what the trainer's console shows, revealed or not. */
	LiveResults results(LiveSession session) {
		Map<String, Integer> counts = tally.counts(session);
		Catalog catalog = catalogs.current();
		int participants = count(counts, LiveContribution.PARTICIPANT);
		int finished = count(counts, LiveContribution.FINISHED);
		List<QuestionResults> questions = catalog.questions().stream().map(question -> question(catalog, question, counts)).toList();
		List<Share> forms = forms(catalog, counts, finished);
		String fingerprint = Integer.toHexString((session.id() + "|" + session.revealed() + "|" + session.projected() + "|"
				+ counts).hashCode());
		return new LiveResults(session.code(), session.revealed(), participants, finished, questions, forms, fingerprint,
				session.projected());
	}

	/** What the projector may show: the figures once revealed, only the numbers of participants before. */
	LiveResults projected(LiveSession session) {
		LiveResults all = results(session);
		return session.revealed() ? all
				: new LiveResults(all.code(), false, all.participants(), all.finished(), List.of(), List.of(),
						all.fingerprint(), all.projected());
	}

	private QuestionResults question(Catalog catalog, Question question, Map<String, Integer> counts) {
		String key = question.key();
		int answered = count(counts, LiveContribution.answered(key));
		String type = question.type().name().toLowerCase(Locale.ROOT);
		return switch (question.type()) {
			case SINGLE, MULTIPLE -> {
				List<Share> shares = new ArrayList<>();
				for (Option option : question.options()) {
					int count = count(counts, LiveContribution.option(key, option.key()));
					shares.add(new Share(option.key(), option.label(), count, LiveResults.percent(count, answered)));
				}
				yield new QuestionResults(key, question.label(), type, answered, shares, List.of());
			}
			case NUMBER -> new QuestionResults(key, question.label(), type, answered, ranges(key, counts, answered), List.of());
			case CHECKLIST -> new QuestionResults(key, question.label(), type, answered, List.of(),
					lines(catalog, question, counts));
		};
	}

	private List<Share> ranges(String key, Map<String, Integer> counts, int answered) {
		int[] bounds = LiveContribution.RANGES;
		List<Share> shares = new ArrayList<>();
		for (int i = 0; i < bounds.length; i++) {
			int from = bounds[i];
			boolean last = i + 1 == bounds.length;
			int to = last ? Integer.MAX_VALUE : bounds[i + 1] - 1;
			int count = count(counts, LiveContribution.range(key, i));
			String label = last ? message("presentation.live.range.from", from)
					: from == to ? String.valueOf(from) : message("presentation.live.range.between", from, to);
			shares.add(new Share(last ? from + "+" : from + "-" + to, label, count, LiveResults.percent(count, answered)));
		}
		return shares;
	}

	private static List<LineResults> lines(Catalog catalog, Question question, Map<String, Integer> counts) {
		List<LineResults> lines = new ArrayList<>();
		for (Prerequisite line : catalog.prerequisites()) {
			int answered = count(counts, LiveContribution.line(question.key(), line.key()));
			List<Share> shares = new ArrayList<>();
			for (Option option : question.options()) {
				int count = count(counts, LiveContribution.level(question.key(), line.key(), option.key()));
				shares.add(new Share(option.key(), option.label(), count, LiveResults.percent(count, answered)));
			}
			lines.add(new LineResults(line.key(), line.label(), answered, shares));
		}
		return lines;
	}

	/** The forms recommended first (ties count for each form), out of the finished journeys, the most frequent first. */
	private List<Share> forms(Catalog catalog, Map<String, Integer> counts, int finished) {
		List<Share> shares = new ArrayList<>();
		for (CooperationForm form : catalog.forms()) {
			int count = count(counts, LiveContribution.form(form.key()));
			if (count > 0) {
				shares.add(new Share(form.key(), form.shortName(), count, LiveResults.percent(count, finished)));
			}
		}
		int none = count(counts, LiveContribution.form(LiveContribution.NO_RECOMMENDATION));
		if (none > 0) {
			shares.add(new Share(LiveContribution.NO_RECOMMENDATION, message("presentation.live.forms.none"), none,
					LiveResults.percent(none, finished)));
		}
		shares.sort((a, b) -> Integer.compare(b.count(), a.count()));
		return shares;
	}

	private static int count(Map<String, Integer> counts, String item) {
		return counts.getOrDefault(item, 0);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRANCE);
	}
}
