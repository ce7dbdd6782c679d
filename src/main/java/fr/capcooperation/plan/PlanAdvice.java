package fr.capcooperation.plan;

import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.JourneysDeleted;
import fr.capcooperation.rules.Answers;

/**
 * The advice behind a journey's plan pages, computed once per revision of its answers: a
 * published catalogue version never changes and the advice is a function of it and the answers,
 * while the plan page is opened again at every tick saved. It was a quarter of the page's CPU
 * (docs/benchmarks.md). Kept per journey, as the result's pages are, so that deleted answers
 * leave nothing behind; at most a few hundred, for an hour without use.
 */
@Component
class PlanAdvice {

	private record Revision(int version, Answers answers, Advice advice) {
	}

	private final Advisor advisor;

	private final Cache<String, Revision> advices = Caffeine.newBuilder()
		.maximumSize(256)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	PlanAdvice(Advisor advisor) {
		this.advisor = advisor;
	}

	Advice of(Journey journey) {
		Revision cached = advices.getIfPresent(journey.token());
		if (cached != null && cached.version() == journey.catalog().version() && cached.answers().equals(journey.answers())) {
			return cached.advice();
		}
		Advice advice = advisor.advise(journey.catalog(), journey.answers());
		advices.put(journey.token(), new Revision(journey.catalog().version(), journey.answers(), advice));
		return advice;
	}

	/** Deleted answers leave no advice behind on this instance. */
	@EventListener
	void forget(JourneysDeleted deleted) {
		advices.invalidateAll(deleted.tokens());
	}
}
