package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.web.PageText;

/** The projected deck, walked slide by slide over HTTP as a trainer's browser would. */
@SpringBootTest
@AutoConfigureMockMvc
class DeckTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalogs;

	@Autowired
	DeckBuilder builder;

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + url);
	}

	@Test
	void every_slide_renders_with_its_number_and_title_and_links_to_the_next_one() throws Exception {
		Deck deck = builder.build(catalogs.current());
		List<String> titles = new ArrayList<>();
		String url = "/presentation";
		int number = 0;
		while (url != null) {
			number++;
			Document page = page(url);
			assertThat(page.selectFirst("h1").text()).as(url).isNotBlank();
			titles.add(page.selectFirst("h1").text());
			assertThat(page.selectFirst(".slide__number").text()).isEqualTo("Diapositive " + number + " sur " + deck.size());
			assertThat(page.select("a[rel=prev]")).as(url).hasSize(number == 1 ? 0 : 1);
			Element next = page.selectFirst("a[rel=next]");
			url = next == null ? null : next.attr("href");
		}
		assertThat(number).isEqualTo(deck.size()).isGreaterThan(20);
		assertThat(titles).contains(PageText.of("Pourquoi coopérer ?"), "Les 3 objectifs de la coopération", "Les 7 points à vérifier avant de coopérer",
				"Co-construction", "Mutualisation", "Partenariat", "Union ou fédération d’associations",
				"Les valeurs coopératives (1/3)", "Société coopérative de production (SCOP)",
				"Société coopérative d’intérêt collectif (SCIC)", "Coopérative agricole (dont CUMA)",
				"Société coopérative européenne (SCE)", "Groupement de coopération sociale ou médico-sociale (GCSMS)",
				"Groupement d’intérêt public (GIP)", "Groupement d’intérêt économique (GIE)", "Fusion d’associations (1/2)",
				"Association mixte (association de coordination) (1/2)", "Groupement européen d’intérêt économique (GEIE)",
				"Groupement territorial social et médico-social (GTSMS) (1/2)",
				"Apport partiel d’actif et scission entre associations (1/2)",
				"Le tableau comparatif (1/4)", "Du partenariat à la fusion", "À vous de jouer");
	}

	@Test
	void each_slide_has_its_own_address_by_slug_and_by_number() throws Exception {
		Deck deck = builder.build(catalogs.current());
		for (Slide slide : deck.slides()) {
			assertThat(page("/presentation/" + slide.slug()).selectFirst("h1").text()).isEqualTo(PageText.of(slide.title()));
		}
		assertThat(page("/presentation/3").selectFirst("h1").text()).isEqualTo(deck.slides().get(2).title());
		mvc.perform(get("/presentation/nulle-part")).andExpect(status().isNotFound());
		mvc.perform(get("/presentation/999")).andExpect(status().isNotFound());
	}

	@Test
	void the_spectrum_goes_from_partnership_to_merger_and_places_every_form_on_its_step() throws Exception {
		Document page = page("/presentation/du-partenariat-a-la-fusion");
		Element svg = page.selectFirst(".slide__spectrum svg[role=img]");
		assertThat(svg).isNotNull();
		// from the lightest step to the deepest, as the ladder question lists them, each form once
		List<String> drawn = svg.select(".spectrum__form").eachAttr("data-form");
		assertThat(drawn).containsExactlyInAnyOrderElementsOf(catalogs.current().forms().stream().map(f -> f.key()).toList());
		assertThat(drawn.get(0)).isEqualTo("partenariat");
		assertThat(drawn.get(drawn.size() - 1)).isEqualTo("fusion");
		assertThat(svg.select(".spectrum__label").text()).startsWith(catalogs.current().optionLabel("integration", "echanger").split(" ")[0]);
		assertThat(svg.selectFirst("desc").text()).contains("Partenariat", "Mutualisation", "GIP", "Fusion");
		// every pill inside the drawing
		int width = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
		for (Element rect : svg.select(".spectrum__form rect")) {
			assertThat(Integer.parseInt(rect.attr("x")) + Integer.parseInt(rect.attr("width"))).isLessThanOrEqualTo(width);
		}
	}

	@Test
	void each_form_has_a_slide_saying_for_whom_with_an_example_from_the_scenarios() throws Exception {
		Document gip = page("/presentation/forme-gip-pour-qui");
		assertThat(gip.select(".slide__item-name").eachText()).containsExactly(PageText.of("Pour qui ?"), "Un exemple");
		assertThat(gip.select(".slide__item-text").get(0).text()).isEqualTo(PageText.of(catalogs.current().form("gip").orElseThrow().members()));
		assertThat(gip.select(".slide__item-text").get(1).text()).isEqualTo(catalogs.current()
			.content()
			.scenarios()
			.stream()
			.filter(scenario -> scenario.expectedFirst().equals("gip"))
			.findFirst()
			.orElseThrow()
			.title());
		Deck deck = builder.build(catalogs.current());
		for (var form : catalogs.current().forms()) {
			assertThat(deck.slides()).as(form.key()).anyMatch(slide -> slide.slug().equals("forme-" + DeckBuilder.slug(form.key()) + "-pour-qui"));
		}
	}

	@Test
	void the_comparison_table_lists_every_published_form_once() throws Exception {
		Deck deck = builder.build(catalogs.current());
		List<String> forms = new ArrayList<>();
		for (Slide slide : deck.slides()) {
			if (slide.kind() == Slide.Kind.TABLE) {
				page("/presentation/" + slide.slug()).select("tbody tr").forEach(row -> forms.add(row.attr("data-form")));
			}
		}
		assertThat(forms).containsExactlyElementsOf(catalogs.current().forms().stream().map(f -> f.key()).toList());
	}

	@Test
	void no_slide_holds_more_text_than_fits_at_1280_by_720() {
		Deck deck = builder.build(catalogs.current());
		for (Slide slide : deck.slides()) {
			int characters = (slide.text() == null ? 0 : slide.text().length()) + slide.items()
				.stream()
				.mapToInt(item -> item.name().length() + (item.text() == null ? 0 : item.text().length()))
				.sum();
			assertThat(characters).as(slide.slug()).isLessThanOrEqualTo(DeckBuilder.TEXT_PER_SLIDE + 80);
		}
	}

	@Test
	void the_opening_and_closing_slides_show_the_qr_code_and_the_short_address() throws Exception {
		Deck deck = builder.build(catalogs.current());
		for (String url : List.of("/presentation", "/presentation/" + deck.last().slug())) {
			Document page = page(url);
			assertThat(page.selectFirst("img.qr__code").attr("src")).isEqualTo("/presentation/qr/questionnaire.svg");
			assertThat(page.selectFirst(".qr__url").text()).isEqualTo("localhost:8080/questionnaire");
		}
	}
}
