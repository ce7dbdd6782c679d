package fr.capcooperation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}
}
