package fr.capcooperation.questionnaire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.rules.Answers;

/** One journey without its token: its catalogue version, its valid answers, its dates, where it stopped. */
public record AnonymousJourney(Catalog catalog, Answers answers, Instant startedAt, @Nullable Instant completedAt,
		@Nullable String lastQuestion) {

	public QuestionnaireFlow flow() {
		return new QuestionnaireFlow(catalog, answers);
	}
}
