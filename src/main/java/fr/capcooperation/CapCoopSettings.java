package fr.capcooperation;

import java.time.Duration;
import java.time.Period;

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
 */
@ConfigurationProperties("capcoop")
public record CapCoopSettings(@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue Catalog catalog,
		@DefaultValue("P12M") Period retention, @DefaultValue Admin admin, @DefaultValue ResultPages resultPages,
		@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue Database database) {

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
	 * @param diskReserve below this much free space on the disk of an H2 file, the database is not used
	 *        until space is freed (0: no check)
	 */
	public record Database(@DefaultValue("32MB") DataSize diskReserve) {
	}
}
