package fr.capcooperation.database;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ErrorHandler;

/**
 * Scheduled tasks (the catalogue refresh every few seconds, the nightly purge) that fail because
 * the database is unavailable log one WARN line, at most once a minute while the outage lasts,
 * instead of a stack trace at ERROR on every run; any other failure is logged as Spring does.
 */
@Component
class ScheduledTaskFailures implements ThreadPoolTaskSchedulerCustomizer, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ScheduledTaskFailures.class);

	private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);

	private volatile long lastWarning = System.nanoTime() - QUIET_NANOS;

	@Override
	public void customize(ThreadPoolTaskScheduler scheduler) {
		scheduler.setErrorHandler(this);
	}

	@Override
	public void handleError(Throwable failure) {
		if (!DatabaseFailures.isUnavailable(failure)) {
			TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
			return;
		}
		long now = System.nanoTime();
		if (now - lastWarning >= QUIET_NANOS) {
			lastWarning = now;
			log.warn("A scheduled task could not reach the database (will retry; said again in a minute at most): {}",
					DatabaseFailures.rootMessage(failure));
		}
		else {
			log.debug("A scheduled task could not reach the database", failure);
		}
	}
}
