package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database migrated when version 2's seed was first released (V50 published it without the
 * plan's content and « Ce que cela implique », and recorded that file's checksum) starts with
 * today's code: its history is realigned on V50 alone, and V125 publishes the rest of the seed
 * as the next version, keeping what admins changed since. Any other tampering still stops it.
 */
class FirstReleaseOfVersion2UpgradeTest {

	private static DataSource database() {
		JdbcDataSource source = new JdbcDataSource();
		source.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		source.setUser("sa");
		return source;
	}

	private static Flyway flyway(DataSource source, String target) {
		return Flyway.configure().dataSource(source).locations("classpath:db/migration").target(target).load();
	}

	private static void startWithTodaysCode(DataSource source) {
		new SeedReleaseChecksums().migrateAfterRealigningTheFirstReleaseOfVersion2().migrate(flyway(source, "latest"));
	}

	/** The database as the first release of version 2 left it: V50's version without the plan, and its checksum. */
	private static JdbcTemplate migratedWithTheFirstRelease(int checksumOfV50) {
		DataSource source = database();
		flyway(source, "91").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(source);
		String firstRelease = CatalogReader.write(CatalogReader.read(CatalogReader.seedV2FirstReleaseJson()));
		jdbc.update("UPDATE catalogue_version SET content = ? WHERE published_by = 'migration V50'", firstRelease);
		jdbc.update("UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = '50'", checksumOfV50);
		return jdbc;
	}

	private static CatalogContent latest(JdbcTemplate jdbc) {
		return CatalogReader.read(jdbc.queryForObject(
				"SELECT content FROM catalogue_version WHERE version = (SELECT MAX(version) FROM catalogue_version)",
				String.class));
	}

	@Test
	void a_database_migrated_with_the_first_release_gets_the_plan_and_the_implications_as_the_next_version() {
		JdbcTemplate jdbc = migratedWithTheFirstRelease(SeedReleaseChecksums.firstReleaseChecksum());
		assertThat(latest(jdbc).roadmaps()).as("the first release had no roadmap").isEmpty();

		startWithTodaysCode(jdbc.getDataSource());

		assertThat(jdbc.queryForObject("SELECT MAX(version) FROM catalogue_version", Integer.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("SELECT published_by FROM catalogue_version WHERE version = 3", String.class))
			.isEqualTo("migration V125");
		CatalogContent now = latest(jdbc);
		assertThat(now.roadmaps()).isEqualTo(CatalogReader.seedV2().roadmaps());
		assertThat(now.roadmapSteps()).isEqualTo(CatalogReader.seedV2().roadmapSteps());
		assertThat(now.forms()).allSatisfy(form -> assertThat(form.debts()).as(form.key()).isNotBlank());
		assertThat(new Catalog(3, Instant.EPOCH, now).checks()).isEmpty();
		assertThat(flyway(jdbc.getDataSource(), "latest").validateWithResult().validationSuccessful).isTrue();
	}

	@Test
	void a_new_database_has_nothing_to_realign_and_version_2_stays_the_current_one() {
		DataSource source = database();
		startWithTodaysCode(source);
		JdbcTemplate jdbc = new JdbcTemplate(source);
		assertThat(jdbc.queryForObject("SELECT MAX(version) FROM catalogue_version", Integer.class)).isEqualTo(2);
		assertThat(latest(jdbc).roadmaps()).isNotEmpty();
	}

	@Test
	void any_other_checksum_of_V50_still_stops_the_start() {
		JdbcTemplate jdbc = migratedWithTheFirstRelease(12345);
		assertThatThrownBy(() -> startWithTodaysCode(jdbc.getDataSource())).isInstanceOf(FlywayValidateException.class);
		assertThat(jdbc.queryForObject("SELECT MAX(version) FROM catalogue_version", Integer.class)).isEqualTo(2);
	}
}
