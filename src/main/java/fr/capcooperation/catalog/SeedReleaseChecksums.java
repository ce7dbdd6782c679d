package fr.capcooperation.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Version 2's seed was extended after its first release (the plan's content, « Ce que cela
 * implique »), which changed the checksum of {@code V50}, the migration that publishes it. A
 * database migrated with the first release would then refuse to start. Before migrating, when
 * the only thing Flyway finds wrong is {@code V50} recorded with the first release's checksum,
 * the history is realigned ({@link Flyway#repair()}) and {@code V125} brings that database the
 * rest of the seed. Any other mismatch still stops the start, as it should.
 */
@Configuration(proxyBeanMethods = false)
class SeedReleaseChecksums {

	private static final Logger log = LoggerFactory.getLogger(SeedReleaseChecksums.class);

	/** The version that publishes version 2's seed. */
	static final String V50 = "50";

	@Bean
	FlywayMigrationStrategy migrateAfterRealigningTheFirstReleaseOfVersion2() {
		return flyway -> {
			ValidateResult validation = flyway.validateWithResult();
			// the history is read again only when something is wrong: a normal start pays one validation
			if (!validation.validationSuccessful
					&& onlyTheFirstReleaseOfVersion2Differs(validation, appliedChecksumOfV50(flyway))) {
				log.warn("V50 was applied with the first release of version 2's seed: realigning its checksum; "
						+ "V125 publishes the rest of the seed");
				flyway.repair();
			}
			flyway.migrate();
		};
	}

	/**
	 * Whether the validation fails on {@code V50}'s checksum alone, {@code V50} having been applied
	 * with the first release's; migrations not applied yet are not an error before migrating.
	 */
	static boolean onlyTheFirstReleaseOfVersion2Differs(ValidateResult result, @Nullable Integer appliedV50) {
		if (result.validationSuccessful || result.invalidMigrations == null
				|| !Objects.equals(appliedV50, firstReleaseChecksum())) {
			return false;
		}
		boolean v50 = false;
		for (ValidateOutput invalid : result.invalidMigrations) {
			ErrorCode code = invalid.errorDetails == null ? null : invalid.errorDetails.errorCode;
			if (code == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
				continue;
			}
			if (!V50.equals(invalid.version) || code != CoreErrorCode.CHECKSUM_MISMATCH) {
				return false;
			}
			v50 = true;
		}
		return v50;
	}

	private static @Nullable Integer appliedChecksumOfV50(Flyway flyway) {
		return Arrays.stream(flyway.info().applied())
			.filter(migration -> migration.getVersion() != null && V50.equals(migration.getVersion().getVersion()))
			.map(MigrationInfo::getChecksum)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The checksum {@code V50} had with the seed as first released (CRC32 of its bytes, as an int). */
	static int firstReleaseChecksum() {
		CRC32 crc = new CRC32();
		crc.update(CatalogReader.seedV2FirstReleaseJson().getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}
}
