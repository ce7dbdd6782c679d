package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.capcooperation.catalog.CatalogService;

/** Statistics figures from a known data set, and an export without tokens. */
@SpringBootTest(properties = "capcoop.test.context=statistics")
@AutoConfigureMockMvc
class StatisticsTest {

	static final String GIP_ANSWERS = "{\"integration\":\"structurer\",\"partners\":[\"associations\",\"public\"],"
			+ "\"member_count\":2,\"legal_entity\":\"oui\",\"purpose\":[\"formation\",\"equipement\"],\"surplus\":\"reinvestis\","
			+ "\"duration\":\"indeterminee\",\"governance\":\"une_voix\"}";

	static final String GIP_WITH_READINESS = GIP_ANSWERS.substring(0, GIP_ANSWERS.length() - 1)
			+ ",\"readiness\":{\"besoins\":\"oui\",\"valeurs\":\"non\",\"qualite\":\"en_partie\"}}";

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalogs;

	@Autowired
	JdbcTemplate jdbc;

	private void insert(String token, String answers, String lastQuestion, boolean completed) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("INSERT INTO questionnaire_response (token, catalogue_version, answers, last_question, created_at, updated_at, "
				+ "completed_at) VALUES (?, 1, ?, ?, ?, ?, ?)", token, answers, lastQuestion, now, now, completed ? now : null);
	}

	@BeforeEach
	void knownDataSet() {
		jdbc.update("DELETE FROM questionnaire_response");
		insert("jeton-secret-numero-un-000000000000000000001", GIP_ANSWERS, "governance", true);
		insert("jeton-secret-numero-deux-00000000000000000002", GIP_WITH_READINESS, "readiness", true);
		insert("jeton-secret-numero-trois-0000000000000000003", "{\"integration\":\"structurer\",\"partners\":[\"associations\"]}",
				"partners", false);
		insert("jeton-secret-numero-quatre-000000000000000004", "{}", null, false);
	}

	@Test
	void the_page_shows_the_figures_of_a_known_data_set_in_tables_next_to_svg_charts() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin/statistiques").with(user("alice").roles("ADMIN"))).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.select("#weeks-table tbody tr").last().select("td").eachText()).containsExactly("4", "2");
		assertThat(page.select("#recommended-table tbody tr").first().text()).contains("GIP").endsWith("2");
		assertThat(page.select("#dropOff-table tbody tr").eachText()).hasSize(2)
			.anyMatch(row -> row.startsWith("Aucune réponse donnée") && row.endsWith("1"));
		assertThat(page.select("#weakPoints-table tbody tr")).hasSize(2);
		assertThat(page.select("svg.chart[role=img] title")).hasSize(4);
	}

	@Test
	void the_csv_export_holds_completed_results_in_words_for_a_french_spreadsheet_without_any_token() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/admin/statistiques/resultats.csv").with(user("alice").roles("ADMIN")))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
		assertThat(records).hasSize(3);
		assertThat(records.get(0).toList()).startsWith("Date", "Version du catalogue", "Formes recommandées",
				catalogs.current().question("integration").orElseThrow().label());
		CSVRecord first = records.get(1);
		assertThat(first.get(0)).matches("\\d{2}/\\d{2}/\\d{4}");
		assertThat(first.get(1)).isEqualTo("1");
		// a result says its forms by their names in the version it was computed in
		assertThat(first.get(2)).isEqualTo(catalogs.version(1).orElseThrow().form("gip").orElseThrow().name());
		assertThat(first.get(3)).isEqualTo(catalogs.current().optionLabel("integration", "structurer"));
		assertThat(first.get(4)).as("options joined in lower case").containsIgnoringCase(catalogs.current().optionLabel("partners", "public"));
		assertThat(csv).doesNotContain("jeton").doesNotContain("structurer;");
	}

	@Test
	void a_cell_that_looks_like_a_formula_is_neutralised() {
		assertThat(StatisticsController.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(StatisticsController.safe("a;b")).isEqualTo("a;b");
	}
}
