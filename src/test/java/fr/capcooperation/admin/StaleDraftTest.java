package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.capcooperation.catalog.CatalogReader;
import fr.capcooperation.catalog.CatalogService;

/**
 * A version published outside the back-office (a migration such as V50) after the draft was
 * started: publishing the draft as it is would silently undo it, so it is refused with the reason,
 * and accepted again once the draft is carried over.
 */
@SpringBootTest(properties = "capcoop.test.context=stale-draft")
class StaleDraftTest {

	@Autowired
	DraftService drafts;

	@Autowired
	CatalogService catalogs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_draft_started_before_a_version_published_elsewhere_is_not_published_over_it() {
		int started = drafts.draft().basedOn();
		int outside = started + 1;
		String disclaimer = catalogs.current().content().texts().disclaimer();
		jdbc.sql("INSERT INTO catalogue_version (version, published_at, published_by, note, content) VALUES (?, ?, ?, ?, ?)")
			.params(outside, Timestamp.from(Instant.now()), "migration", "published outside the back-office",
					CatalogReader.write(catalogs.current().content()).replace(disclaimer, disclaimer + " Publié par une migration."))
			.update();

		DraftService.PublishResult refused = drafts.publish("Mon brouillon", "alice");
		assertThat(refused.version()).isNull();
		assertThat(refused.problems()).singleElement()
			.asString()
			.contains("commencé sur la version " + started)
			.contains("la version " + outside + " a été publiée depuis");
		assertThat(catalogs.current().version()).isEqualTo(outside);

		// restoring the latest version into the draft starts over from it: nothing stale, nothing to publish yet
		assertThat(drafts.restore(outside, "alice")).isTrue();
		DraftService.PublishResult unchanged = drafts.publish("Repris sur la dernière version", "alice");
		assertThat(unchanged.problems()).isEmpty();
		assertThat(unchanged.refusal()).isEqualTo("admin.publish.unchanged");
		// and an older version restored deliberately is published over the latest one
		assertThat(drafts.restore(started, "alice")).isTrue();
		assertThat(drafts.publish("Retour à la version " + started, "alice").version()).isEqualTo(outside + 1);
	}
}
