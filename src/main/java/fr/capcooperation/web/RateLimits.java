package fr.capcooperation.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capcooperation.CapCoopSettings.Limit;
import fr.capcooperation.CapCoopSettings.Rate;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * The one rate limiter of the site: token buckets (Bucket4j) per kind of action and per client
 * ({@link ClientAddress}), kept in memory by each instance. A client that uses up its allowance
 * is refused, without any costly work done, until it refills; the first refusal of a run is
 * logged once (WARN), not every refused request.
 *
 * <p>Buckets are forgotten after their longest period without use (a full bucket again), and
 * at most {@value #MAX_CLIENTS} clients are kept per kind: many addresses at once (a botnet)
 * push the oldest out rather than fill the memory.
 */
@Component
public class RateLimits {

	static final int MAX_CLIENTS = 50_000;

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** What the limiter says: go, or wait this long. */
	public record Verdict(boolean allowed, Duration retryAfter) {

		/** The wait in whole minutes, at least one: what the French messages say. */
		public long minutes() {
			return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		}

		/** The wait in whole seconds, for a {@code Retry-After} header. */
		public long seconds() {
			return Math.max(1, retryAfter.toSeconds());
		}
	}

	private record Allowance(Bucket bucket, AtomicBoolean refusing) {
	}

	private final Map<String, Cache<String, Allowance>> kinds = new ConcurrentHashMap<>();
	private final TimeMeter time;

	RateLimits(Clock clock) {
		this.time = new ClockTime(clock);
	}

	/**
	 * Takes one from the client's allowance for {@code kind} (e.g. {@code logins}), if any is
	 * left. {@code rate} is that kind's setting; {@code client} the {@link ClientAddress} key.
	 */
	public Verdict take(String kind, Rate rate, String client) {
		Allowance allowance = allowance(kind, rate, client);
		ConsumptionProbe probe = allowance.bucket().tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			allowance.refusing().set(false);
			return new Verdict(true, Duration.ZERO);
		}
		Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
		if (allowance.refusing().compareAndSet(false, true)) {
			log.warn("Rate limit '{}' reached by client {}: refused for {} s ({}).", kind, client, wait.toSeconds(), rate);
		}
		return new Verdict(false, wait);
	}

	/** Gives back what {@link #take} took, when the action turned out not to count (a login that succeeded). */
	public void giveBack(String kind, Rate rate, String client) {
		allowance(kind, rate, client).bucket().addTokens(1);
	}

	private Allowance allowance(String kind, Rate rate, String client) {
		Cache<String, Allowance> clients = kinds.computeIfAbsent(kind, name -> Caffeine.newBuilder()
			.maximumSize(MAX_CLIENTS)
			.expireAfterAccess(rate.longestPeriod())
			.build());
		return clients.get(client, key -> new Allowance(bucket(rate), new AtomicBoolean()));
	}

	private Bucket bucket(Rate rate) {
		LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
		for (Limit limit : rate.limits()) {
			builder.addLimit(bandwidth -> bandwidth.capacity(limit.count()).refillGreedy(limit.count(), limit.period()));
		}
		return builder.build();
	}

	/** Bucket4j's time from the application's clock, so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}
