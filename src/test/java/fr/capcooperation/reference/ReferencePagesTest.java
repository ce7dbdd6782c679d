package fr.capcooperation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.catalog.SeedCatalog;
import fr.capcooperation.web.PageText;
import fr.capcooperation.web.SiteWebSlice;

/**
 * The reference pages render the current catalogue version: a web slice (the controller, the
 * templates, the site's security and Markdown), the catalogue given, no database.
 */
@WebMvcTest(ReferenceController.class)
@Import(SiteWebSlice.class)
class ReferencePagesTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CatalogService catalogs;

	@BeforeEach
	void catalogue() {
		given(catalogs.current()).willReturn(SeedCatalog.VERSION_1);
	}

	@Test
	void every_form_has_its_page_listed_and_linked() throws Exception {
		Document forms = page("/formes");
		for (CooperationForm form : SeedCatalog.VERSION_1.forms()) {
			assertThat(forms.select("a[href=/formes/" + form.key() + "]")).as(form.key()).isNotEmpty();
			Document page = page("/formes/" + form.key());
			assertThat(page.select("h1").text()).isEqualTo(form.name());
			assertThat(page.title()).contains(form.name());
		}
	}

	@Test
	void the_comparison_table_has_a_row_per_form_and_a_column_per_criterion() throws Exception {
		Document table = page("/comparaison");
		assertThat(table.select("tbody tr")).hasSize(SeedCatalog.VERSION_1.forms().size());
		assertThat(table.select("thead th[scope=col]")).hasSize(7);
	}

	@Test
	void an_unknown_form_is_a_404() throws Exception {
		MvcResult result = mvc.perform(get("/formes/societe-secrete")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void the_sources_page_names_the_handout_the_last_legal_review_and_links_every_text_cited() throws Exception {
		given(catalogs.current()).willReturn(SeedCatalog.VERSION_2);
		Document page = page("/sources");
		assertThat(page.select("h1").text()).isEqualTo("Sources et mise à jour");
		assertThat(page.text()).contains("«\u202fRapprochement des structures\u202f», 17 janvier 2017")
			.contains("version 2, publiée le 15 décembre 2026")
			.contains("Décembre 2026 : une relecture juridique");
		List<String> texts = page.select(".sources-texts a").eachText();
		assertThat(texts).contains("Code de commerce", "Code du travail", "Loi du 1er juillet 1901",
				"Loi n° 2011-525 du 17 mai 2011", "Règlement (CE) n° 1435/2003", "Code rural et de la pêche maritime");
		assertThat(page.select(".sources-texts a:contains(Règlement (CE) n° 1435/2003)").attr("href"))
			.isEqualTo("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32003R1435");
		assertThat(page.select(".sources-texts a:contains(Règlement (CEE) n° 2137/85)").attr("href"))
			.isEqualTo("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31985R2137");
		assertThat(page.select(".sources-texts a:contains(Code de commerce)").attr("href"))
			.startsWith("https://www.legifrance.gouv.fr/search/").contains("query=Code+de+commerce");
		// every form's legal basis, and every dated note, is on the page
		for (CooperationForm form : SeedCatalog.VERSION_2.forms()) {
			assertThat(page.text()).as(form.key()).contains(PageText.of(form.legalBasis()));
			form.legalNotes().forEach(note -> assertThat(page.text()).contains(PageText.of(note.reference())));
		}
		assertThat(page("/formes").select("footer a[href=/sources]").text()).isEqualTo("Sources et mise à jour");
	}

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}
}
