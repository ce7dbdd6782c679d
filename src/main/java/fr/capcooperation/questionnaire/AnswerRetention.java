package fr.capcooperation.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.capcooperation.CapCoopSettings;

/**
 * Answers are kept while they are used: a journey not opened for {@code capcoop.retention}
 * (an ISO-8601 period, 12 months by default) is deleted by a nightly purge.
 */
@Component
class AnswerRetention {

	private static final Logger log = LoggerFactory.getLogger(AnswerRetention.class);

	private final Journeys journeys;
	private final Period retention;
	private final Clock clock;

	AnswerRetention(Journeys journeys, CapCoopSettings settings, Clock clock) {
		this.journeys = journeys;
		this.retention = settings.retention();
		this.clock = clock;
	}

	@Scheduled(cron = "0 17 3 * * *", zone = "Europe/Paris")
	void purgeNightly() {
		purge(clock.instant());
	}

	/** Deletes the answers not opened during the retention period before now. */
	int purge(Instant now) {
		Instant cutoff = now.atZone(ZoneOffset.UTC).minus(retention).toInstant();
		int deleted = journeys.purgeNotOpenedSince(cutoff);
		if (deleted > 0) {
			log.info("Purged {} questionnaire responses not opened since {}", deleted, cutoff);
		}
		return deleted;
	}
}
