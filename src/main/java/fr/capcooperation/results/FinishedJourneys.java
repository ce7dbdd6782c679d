package fr.capcooperation.results;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;

/**
 * The journeys whose result can be shown: found by token (an unknown token is the French 404)
 * and with every shown question answered. Reading one never changes the saved answers.
 */
@Component
class FinishedJourneys {

	private final Journeys journeys;

	FinishedJourneys(Journeys journeys) {
		this.journeys = journeys;
	}

	/** Empty when the journey exists but is not finished; throws the 404 when it does not exist. */
	Optional<Journey> finished(String token) {
		Journey journey = journeys.open(token).orElseThrow(UnknownResultException::new);
		return journey.isComplete() ? Optional.of(journey) : Optional.empty();
	}
}
