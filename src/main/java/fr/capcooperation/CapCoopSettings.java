package fr.capcooperation;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's own settings, every {@code capcoop.*} property in one place, with its
 * default (see the README's configuration table and {@code application.properties}).
 *
 * @param publicUrl the site's public address, for share links, QR codes and redirects (without a final slash;
 *        redirects read it again at each one, see {@code PublicUrlRedirects})
 * @param catalog how the published catalogue is followed
 * @param retention how long answers are kept after they were last opened
 * @param admin the first back-office account
 * @param resultPages the memory kept for finished result pages
 * @param maxRequestSize the largest request body accepted, counted as it is read
 * @param database how the application keeps its database
 * @param rateLimits what one client may do in a given time
 */
@ConfigurationProperties("capcoop")
public record CapCoopSettings(@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue Catalog catalog,
		@DefaultValue("P12M") Period retention, @DefaultValue Admin admin, @DefaultValue ResultPages resultPages,
		@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue Database database, @DefaultValue RateLimits rateLimits) {

	public CapCoopSettings {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** @param refreshInterval how often each instance looks for a newly published version */
	public record Catalog(@DefaultValue("PT3S") Duration refreshInterval) {
	}

	/** @param initialPassword the password of the first account when none exists (empty: a random one, logged once) */
	public record Admin(@DefaultValue("") String initialPassword) {
	}

	/** @param maxSize how many bytes of rendered result pages each instance keeps */
	public record ResultPages(@DefaultValue("32MB") DataSize maxSize) {
	}

	/**
	 * What one client (one address, one /64 network in IPv6) may do, per instance; see
	 * {@code docs/operations.md}. A room on one Wi-Fi is one client: the defaults leave room for an
	 * evening of about 150 people.
	 *
	 * @param logins failed logins (a successful one is not counted)
	 * @param codeGuesses live-session codes typed that match no open session
	 * @param attendees live sessions joined
	 * @param journeys questionnaires started
	 */
	public record RateLimits(@DefaultValue("10/10m") Rate logins, @DefaultValue("30/10m") Rate codeGuesses,
			@DefaultValue("200/1h,600/1d") Rate attendees, @DefaultValue("120/10m,600/1d") Rate journeys) {
	}

	/**
	 * One or more limits that all apply, written {@code 60/10m,300/1d}: at most 60 in any 10 minutes
	 * and 300 in any day (units {@code s}, {@code m}, {@code h}, {@code d}).
	 *
	 * @param limits each limit: how many, in how long
	 */
	public record Rate(List<Limit> limits) {

		private static final Pattern ONE = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{0,6})\\s*([smhd])\\s*");

		public Rate {
			if (limits.isEmpty()) {
				throw new IllegalArgumentException("a rate needs at least one limit, such as 10/10m");
			}
			limits = List.copyOf(limits);
		}

		/** Reads {@code 60/10m,300/1d} (how Spring converts the property). */
		public static Rate valueOf(String text) {
			List<Limit> limits = new ArrayList<>();
			for (String part : text.split(",")) {
				Matcher matcher = ONE.matcher(part.toLowerCase(Locale.ROOT));
				if (!matcher.matches()) {
					throw new IllegalArgumentException("'" + text + "' is not a rate such as 10/10m or 60/10m,300/1d");
				}
				long amount = matcher.group(2).isEmpty() ? 1 : Long.parseLong(matcher.group(2));
				Duration unit = switch (matcher.group(3)) {
					case "s" -> Duration.ofSeconds(1);
					case "m" -> Duration.ofMinutes(1);
					case "h" -> Duration.ofHours(1);
					default -> Duration.ofDays(1);
				};
				limits.add(new Limit(Integer.parseInt(matcher.group(1)), unit.multipliedBy(Math.max(1, amount))));
			}
			return new Rate(limits);
		}

		/** The longest period: after that long without a request, a client starts afresh. */
		public Duration longestPeriod() {
			return limits.stream().map(Limit::period).max(Duration::compareTo).orElseThrow();
		}
	}

	/**
	 * @param count how many
	 * @param period in how long
	 */
	public record Limit(int count, Duration period) {
	}

	/**
	 * @param diskReserve below this much free space on the disk of an H2 file, the database is not used
	 *        until space is freed (0: no check)
	 */
	public record Database(@DefaultValue("32MB") DataSize diskReserve) {
	}
}
