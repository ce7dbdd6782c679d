package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import fr.capcooperation.catalog.CatalogService;

/**
 * An edit published in the catalogue shows up in the deck, with no restart. A context of its own
 * (it publishes a version), kept for the run rather than closed and rebuilt for the next tests.
 */
@SpringBootTest(properties = "capcoop.test.context=deck-publication")
@AutoConfigureMockMvc
class DeckFollowsPublicationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogService catalogs;

	private String title(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString()).selectFirst("h1").text();
	}

	@Test
	void a_newly_published_version_changes_the_slides() throws Exception {
		assertThat(title("/presentation/notion-mutualisation")).isEqualTo("Mutualisation");
		int latest = catalogs.current().version();
		String content = jdbc.sql("SELECT content FROM catalogue_version WHERE version = ?").param(latest).query(String.class).single();
		String edited = content.replace("\"name\": \"Mutualisation\"", "\"name\": \"Mutualiser des moyens\"")
			.replace("\"name\":\"Mutualisation\"", "\"name\":\"Mutualiser des moyens\"");
		assertThat(edited).isNotEqualTo(content);
		jdbc.sql("INSERT INTO catalogue_version (version, published_at, published_by, note, content) VALUES (?, ?, ?, ?, ?)")
			.params(latest + 1, Timestamp.from(Instant.now()), "test", "renamed notion", edited)
			.update();
		catalogs.refresh();
		assertThat(title("/presentation/notion-mutualisation")).isEqualTo("Mutualiser des moyens");
	}
}
