package fr.capcooperation.together;

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
 * Retention as for journeys: an approach that nobody opened (neither its coordinator nor a
 * respondent's link) for {@code capcoop.retention} is deleted every night with its links and
 * answers.
 */
@Component
class ApproachRetention {

	private static final Logger log = LoggerFactory.getLogger(ApproachRetention.class);

	private final SharedApproaches approaches;
	private final Period retention;
	private final Clock clock;

	ApproachRetention(SharedApproaches approaches, CapCoopSettings settings, Clock clock) {
		this.approaches = approaches;
		this.retention = settings.retention();
		this.clock = clock;
	}

	@Scheduled(cron = "0 27 3 * * *", zone = "Europe/Paris")
	void purgeNightly() {
		purge(clock.instant());
	}

	int purge(Instant now) {
		Instant cutoff = now.atZone(ZoneOffset.UTC).minus(retention).toInstant();
		int deleted = approaches.purgeNotOpenedSince(cutoff);
		if (deleted > 0) {
			log.info("Purged {} shared approaches not opened since {}", deleted, cutoff);
		}
		return deleted;
	}
}
