package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.GlossaryEntry;

/**
 * Migration V50 publishes catalogue version 2 as the next version: on a new database as it is;
 * on a database where admins published versions since and left a draft, merged with their work,
 * and the draft carried over so that publishing it cannot silently undo version 2.
 */
class CatalogueVersion2MigrationTest {

	private static DataSource database() {
		JdbcDataSource source = new JdbcDataSource();
		source.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		source.setUser("sa");
		return source;
	}

	private static void migrate(DataSource source, String target) {
		Flyway.configure().dataSource(source).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static CatalogContent version(JdbcTemplate jdbc, int version) {
		return CatalogReader.read(jdbc.queryForObject("SELECT content FROM catalogue_version WHERE version = ?",
				String.class, version));
	}

	private static void publish(JdbcTemplate jdbc, int version, CatalogContent content) {
		jdbc.update("INSERT INTO catalogue_version (version, published_at, published_by, note, content) VALUES (?, ?, ?, ?, ?)",
				version, Timestamp.from(Instant.now()), "alice", "version " + version, CatalogReader.write(content));
	}

	private static CatalogContent withFormSummary(CatalogContent content, String key, String summary) {
		List<CooperationForm> forms = new ArrayList<>();
		for (CooperationForm f : content.forms()) {
			forms.add(!f.key().equals(key) ? f : new CooperationForm(f.key(), f.name(), f.shortName(), f.family(),
					f.legalPerson(), f.handoutText(), summary, f.legalBasis(), f.members(), f.legalPersonality(),
					f.money(), f.governance(), f.duration(), f.formalities(), f.advantages(), f.limits(), f.nextSteps(),
					f.legalNotes(), f.notions(), f.step(), f.debts(), f.setUpTime(), f.setUpCost(), f.paperwork(), f.decisions(),
					f.moneyFlow(), f.setUpSources()));
		}
		return new CatalogContent(content.format(), content.texts(), content.notions(), content.prerequisites(),
				content.families(), forms, content.cooperativeValues(), content.cooperativePrinciples(),
				content.cooperativePrinciplesReference(), content.questions(), content.rules(), content.coConstruction(),
				content.glossary(), content.scenarios(), content.graduatedPath(), content.roadmaps(),
				content.roadmapSteps(), content.readinessSteps(), content.consequences(), content.contacts(),
				content.documentModels());
	}

	private static CatalogContent withGlossaryEntry(CatalogContent content, String key, String term) {
		List<GlossaryEntry> glossary = new ArrayList<>(content.glossary());
		glossary.add(new GlossaryEntry(key, term, "Une définition écrite dans le back-office."));
		return new CatalogContent(content.format(), content.texts(), content.notions(), content.prerequisites(),
				content.families(), content.forms(), content.cooperativeValues(), content.cooperativePrinciples(),
				content.cooperativePrinciplesReference(), content.questions(), content.rules(), content.coConstruction(),
				glossary, content.scenarios(), content.graduatedPath(), content.roadmaps(), content.roadmapSteps(),
				content.readinessSteps(), content.consequences(), content.contacts(), content.documentModels());
	}

	@Test
	void on_a_new_database_version_2_is_the_seed_as_it_is_and_version_1_stays_as_it_was() {
		DataSource source = database();
		migrate(source, "latest");
		JdbcTemplate jdbc = new JdbcTemplate(source);
		assertThat(jdbc.queryForObject("SELECT MAX(version) FROM catalogue_version", Integer.class)).isEqualTo(2);
		assertThat(version(jdbc, 2)).isEqualTo(CatalogReader.seedV2());
		assertThat(jdbc.queryForObject("SELECT content FROM catalogue_version WHERE version = 1", String.class))
			.isEqualTo(CatalogReader.seedJson());
		assertThat(jdbc.queryForObject("SELECT published_by FROM catalogue_version WHERE version = 2", String.class))
			.isEqualTo("migration V50");
	}

	@Test
	void after_versions_published_by_admins_it_takes_the_next_number_and_keeps_what_only_they_changed() {
		DataSource source = database();
		migrate(source, "40");
		JdbcTemplate jdbc = new JdbcTemplate(source);
		CatalogContent v1 = version(jdbc, 1);
		CatalogContent v2 = withFormSummary(v1, "gip", "Le GIP selon le back-office.");
		CatalogContent v3 = withGlossaryEntry(v2, "terme_publie", "Terme publié par un admin");
		publish(jdbc, 2, v2);
		publish(jdbc, 3, v3);

		migrate(source, "latest");

		CatalogContent published = version(jdbc, 4);
		assertThat(published.format()).isEqualTo(2);
		assertThat(published.graduatedPath()).isNotNull();
		assertThat(published.forms()).extracting(CooperationForm::key).contains("geie", "cotraitance");
		// changed on both sides: the legal review wins; changed by the admins only: kept
		assertThat(published.forms().stream().filter(f -> f.key().equals("gip")).findFirst().orElseThrow().summary())
			.isEqualTo(CatalogReader.seedV2().forms().stream().filter(f -> f.key().equals("gip")).findFirst().orElseThrow()
				.summary());
		assertThat(published.glossary()).extracting(GlossaryEntry::key).contains("terme_publie", "gestion_de_fait");
		assertThat(new Catalog(4, Instant.now(), published).ruleset().checks()).isEmpty();
		String note = jdbc.queryForObject("SELECT note FROM catalogue_version WHERE version = 4", String.class);
		assertThat(note).contains("glossary/terme_publie").contains("forms/gip");
		assertThat(version(jdbc, 3)).isEqualTo(v3);
	}

	@Test
	void a_draft_left_open_is_carried_over_onto_version_2_and_cannot_undo_it() {
		DataSource source = database();
		migrate(source, "40");
		JdbcTemplate jdbc = new JdbcTemplate(source);
		CatalogContent v1 = version(jdbc, 1);
		CatalogContent draft = withGlossaryEntry(withFormSummary(v1, "fusion", "La fusion selon le brouillon."),
				"terme_du_brouillon", "Terme du brouillon");
		jdbc.update("INSERT INTO catalogue_draft (id, based_on, content, updated_at, updated_by) VALUES (1, 1, ?, ?, ?)",
				CatalogReader.write(draft), Timestamp.from(Instant.now()), "alice");

		migrate(source, "latest");

		assertThat(jdbc.queryForObject("SELECT based_on FROM catalogue_draft WHERE id = 1", Integer.class)).isEqualTo(2);
		CatalogContent rebased = CatalogReader
			.read(jdbc.queryForObject("SELECT content FROM catalogue_draft WHERE id = 1", String.class));
		assertThat(rebased.glossary()).extracting(GlossaryEntry::key).contains("terme_du_brouillon");
		assertThat(rebased.forms()).extracting(CooperationForm::key).contains("apport_partiel");
		assertThat(rebased.forms().stream().filter(f -> f.key().equals("fusion")).findFirst().orElseThrow().summary())
			.isEqualTo(version(jdbc, 2).forms().stream().filter(f -> f.key().equals("fusion")).findFirst().orElseThrow()
				.summary());
		String detail = jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'DRAFT_REBASED'", String.class);
		assertThat(detail).contains("glossary/terme_du_brouillon").contains("forms/fusion");
	}
}
