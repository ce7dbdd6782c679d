package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import fr.capcooperation.CapCoopSettings.Limit;
import fr.capcooperation.CapCoopSettings.Rate;

/** The one rate limiter: allowances per kind and per client, refilled with time, given back; clients as keys. */
class RateLimitsTest {

	/** A clock the test moves. */
	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T20:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private final MovingClock clock = new MovingClock();
	private final RateLimits limits = new RateLimits(clock);

	@Test
	void a_client_gets_its_allowance_then_waits_for_it_to_refill() {
		Rate rate = Rate.valueOf("10/10m");
		for (int i = 0; i < 10; i++) {
			assertThat(limits.take("logins", rate, "203.0.113.7").allowed()).as("attempt %d", i + 1).isTrue();
		}
		RateLimits.Verdict refused = limits.take("logins", rate, "203.0.113.7");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
		assertThat(refused.minutes()).isEqualTo(1);
		clock.advance(Duration.ofMinutes(1));
		assertThat(limits.take("logins", rate, "203.0.113.7").allowed()).as("one back every minute").isTrue();
		assertThat(limits.take("logins", rate, "203.0.113.7").allowed()).isFalse();
	}

	@Test
	void clients_and_kinds_have_allowances_of_their_own() {
		Rate rate = Rate.valueOf("2/1h");
		limits.take("journeys", rate, "203.0.113.7");
		limits.take("journeys", rate, "203.0.113.7");
		assertThat(limits.take("journeys", rate, "203.0.113.7").allowed()).isFalse();
		assertThat(limits.take("journeys", rate, "203.0.113.8").allowed()).isTrue();
		assertThat(limits.take("logins", rate, "203.0.113.7").allowed()).isTrue();
	}

	@Test
	void every_limit_of_a_rate_applies() {
		Rate rate = Rate.valueOf("3/1m, 5/1d");
		int allowed = 0;
		for (int minute = 0; minute < 10; minute++) {
			for (int i = 0; i < 3; i++) {
				allowed += limits.take("attendees", rate, "198.51.100.1").allowed() ? 1 : 0;
			}
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(allowed).as("3 a minute, but 5 a day (plus what a day's refill gives back in 10 minutes)").isEqualTo(5);
	}

	@Test
	void what_is_given_back_can_be_taken_again() {
		Rate rate = Rate.valueOf("1/1h");
		assertThat(limits.take("codes", rate, "c").allowed()).isTrue();
		limits.giveBack("codes", rate, "c");
		assertThat(limits.take("codes", rate, "c").allowed()).isTrue();
		assertThat(limits.take("codes", rate, "c").allowed()).isFalse();
	}

	@Test
	void rates_are_written_count_slash_period() {
		assertThat(Rate.valueOf("60/10m,300/1d").limits()).containsExactly(new Limit(60, Duration.ofMinutes(10)),
				new Limit(300, Duration.ofDays(1)));
		assertThat(Rate.valueOf("5/s").limits()).containsExactly(new Limit(5, Duration.ofSeconds(1)));
		assertThat(Rate.valueOf("100/1h").longestPeriod()).isEqualTo(Duration.ofHours(1));
		assertThatIllegalArgumentException().isThrownBy(() -> Rate.valueOf("ten a minute"));
		assertThatIllegalArgumentException().isThrownBy(() -> Rate.valueOf("10/10y"));
	}

	@Test
	void a_client_is_its_address_and_an_ipv6_client_its_network() {
		assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.key("2001:db8:0:7:1:2:3:4")).isEqualTo("2001:db8:0:7::/64");
		assertThat(ClientAddress.key("2001:db8:0:7::99")).as("another address of the same /64 network")
			.isEqualTo("2001:db8:0:7::/64");
		assertThat(ClientAddress.key("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
		assertThat(ClientAddress.key("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
		assertThat(ClientAddress.key("::ffff:203.0.113.7")).as("IPv4 written as IPv6").isEqualTo("203.0.113.7");
	}
}
