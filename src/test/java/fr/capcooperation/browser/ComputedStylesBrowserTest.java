package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * What the stylesheet does, read back from the browser's computed styles: a stylesheet that
 * stops applying (an unclosed block swallowing every rule after it, a renamed class) fails here,
 * not in front of a room. Each main component is checked at the width where it matters: the
 * verdict, the actions and the collapsed forms of the result, the consequences as cards on a
 * phone and a grid on a laptop, the comparison's pinned first column, the what-if controls, the
 * danger link, the compact header and its « Menu », « Suivant » kept in reach on a phone, the
 * back-office menu, and what printing hides.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ComputedStylesBrowserTest {

	static final int PHONE_WIDTH = 390;

	static final int PHONE_HEIGHT = 844;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void openBrowser(Browser shared) {
		browser = shared;
	}

	@AfterEach
	void screenAgain() {
		browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		browser.resetViewport();
	}

	private void open(String path) {
		browser.driver.get("http://localhost:" + port + path);
	}

	/** One computed property of the first element matching {@code css}. */
	private String style(String css, String property) {
		Object value = browser.script("const e = document.querySelector(arguments[0]);"
				+ " return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : 'missing';", css, property);
		return String.valueOf(value);
	}

	/** Where the bottom of the first element matching {@code css} is, in CSS pixels from the top of the page. */
	private long bottom(String css) {
		Object value = browser.script("const e = document.querySelector(arguments[0]); if (!e) return -1;"
				+ " return Math.round(e.getBoundingClientRect().bottom + window.scrollY);", css);
		return ((Number) value).longValue();
	}

	private void print() {
		browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
	}

	private String finishedJourney() {
		String token = TestJourneys.withAnswers(journeys, ScreenshotsBrowserTest.trainingCentre());
		TestJourneys.complete(journeys, token);
		return "/questionnaire/" + token;
	}

	@Test
	void on_a_phone_the_verdict_is_on_the_first_screen_and_the_other_forms_fold_to_one_line() {
		String journey = finishedJourney();
		browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
		open(journey + "/resultat");

		assertThat(style(".verdict", "border-top-style")).isEqualTo("solid");
		assertThat(style(".verdict", "border-top-width")).isEqualTo("3px");
		assertThat(style(".verdict", "background-color")).isEqualTo("rgb(230, 241, 243)");
		assertThat(bottom(".verdict")).as("the verdict, without scrolling").isLessThanOrEqualTo(PHONE_HEIGHT);
		assertThat(style(".result-actions ul", "display")).as("two columns on a phone").isEqualTo("grid");
		assertThat(bottom(".result-actions")).as("the actions, from the top").isLessThanOrEqualTo(2L * PHONE_HEIGHT);
		assertThat(style(".result-actions .button--danger-link", "color")).isEqualTo("rgb(161, 22, 27)");

		// « Ce que cela implique »: one line per criterion on a phone, each form's first clause on one
		// line, the whole lines when it opens
		assertThat(style(".implications details.consequence", "display")).isEqualTo("block");
		assertThat(style(".implications .consequence", "border-left-width")).isEqualTo("4px");
		assertThat(style(".implications .consequences__head", "display")).isEqualTo("none");
		assertThat(style(".implications .consequence__gist", "white-space")).isEqualTo("nowrap");
		assertThat(style(".implications .consequence__gist", "text-overflow")).isEqualTo("ellipsis");
		assertThat(style(".implications .consequence__form", "font-weight")).isEqualTo("700");
		browser.script("document.querySelector('.implications details.consequence').open = true;");
		assertThat(style(".implications details[open] .consequence__gists", "display")).isEqualTo("none");
		assertThat(style(".implications details[open] .consequence__forms dd", "display")).isEqualTo("inline");

		// excluded forms: one line each, closed, the marker drawn by the stylesheet
		List<?> open = (List<?>) browser.script(
				"return [...document.querySelectorAll('details.form-line')].filter(d => d.open);");
		assertThat(open).isEmpty();
		assertThat(style("details.form-line > summary", "display")).isEqualTo("block");
		assertThat(style("details.form-line > summary", "position")).isEqualTo("relative");
		assertThat(style("details.form-line > summary", "list-style-type")).isEqualTo("none");
		assertThat(style(".form-line--excluded .form-line__name", "color")).isEqualTo("rgb(74, 85, 96)");

		// the what-if controls
		assertThat(style(".what-if", "border-top-style")).isEqualTo("solid");
		assertThat(style(".what-if__controls", "list-style-type")).isEqualTo("none");

		// the compact header: the name on one line, « Menu » beside it, the navigation folded
		assertThat(style(".site-title__tagline", "display")).isEqualTo("none");
		assertThat(style(".menu-toggle", "display")).isEqualTo("flex"); // inline-flex, blockified in the header's flex row
		assertThat(style(".site-nav", "display")).isEqualTo("none");
		assertThat(bottom(".site-header")).isLessThanOrEqualTo(80);
	}

	@Test
	void the_menu_opens_without_javascript_and_with_it() {
		browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
		open("/formes#menu");
		assertThat(style(".site-nav", "display")).as("#menu as :target").isEqualTo("block");
		open("/formes");
		browser.driver.findElement(By.cssSelector(".menu-toggle")).click();
		assertThat(style(".site-nav", "display")).isEqualTo("block");
		assertThat(browser.driver.findElement(By.cssSelector(".menu-toggle")).getDomAttribute("aria-expanded"))
			.isEqualTo("true");
		browser.resetViewport();
		open("/formes");
		assertThat(style(".menu-toggle", "display")).isEqualTo("none");
		assertThat(style(".site-nav ul", "display")).isEqualTo("flex");
		assertThat(style(".site-nav .menu-close", "display")).isEqualTo("none");
		assertThat(bottom(".site-header")).as("the navigation on one line").isLessThanOrEqualTo(110);
	}

	@Test
	void on_a_laptop_the_consequences_line_up_and_the_comparison_keeps_its_first_column() {
		String journey = finishedJourney();
		open(journey + "/resultat");
		assertThat(style(".implications .consequence > summary", "display")).isEqualTo("grid");
		assertThat(style(".implications .consequence__gists", "display")).isEqualTo("contents");
		assertThat(style(".implications .consequences__head", "display")).isEqualTo("grid");
		assertThat(style(".implications .consequence__forms", "display")).isEqualTo("grid");
		assertThat(style(".implications .consequence__forms dt", "position")).isEqualTo("absolute");
		assertThat(style(".implications .consequence__gist .consequence__form", "position")).isEqualTo("absolute");
		assertThat(style(".menu-toggle", "display")).isEqualTo("none");

		open("/comparaison");
		assertThat(style(".comparison tbody th[scope=row]", "position")).isEqualTo("sticky");
		assertThat(style(".comparison tbody th[scope=row]", "left")).isEqualTo("0px");
		browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
		open("/comparaison");
		Object before = browser.script("return document.querySelector('.comparison tbody th[scope=row]')"
				+ ".getBoundingClientRect().left;");
		browser.script("document.querySelector('.table-wrapper').scrollLeft = 600;");
		Object after = browser.script("return document.querySelector('.comparison tbody th[scope=row]')"
				+ ".getBoundingClientRect().left;");
		assertThat(((Number) after).doubleValue()).as("the form's name stays in view")
			.isCloseTo(((Number) before).doubleValue(), within(1.0));

		open(journey + "/resultat/comparer");
		assertThat(style(".side-by-side .consequence", "display")).isEqualTo("block");
		assertThat(style(".side-by-side .consequence", "border-left-style")).isEqualTo("solid");
	}

	@Test
	void suivant_follows_the_options_and_stays_in_reach_on_a_phone_and_a_laptop() {
		String token = TestJourneys.withAnswers(journeys, ScreenshotsBrowserTest.trainingCentre());
		browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
		assertSuivantInReach(token, PHONE_HEIGHT);
		browser.viewport(1280, 900);
		assertSuivantInReach(token, 900);
	}

	private void assertSuivantInReach(String token, int screenHeight) {
		for (String question : List.of("integration", "partners", "purpose", "readiness")) {
			open("/questionnaire/" + token + "/questions/" + question);
			assertThat(style(".question-actions", "position")).isEqualTo("sticky");
			Object top = browser.script("return document.querySelector('button[name=action][value=suivant]')"
					+ ".getBoundingClientRect().bottom;");
			assertThat(((Number) top).doubleValue()).as(question + ": « Suivant » on the first screen")
				.isLessThanOrEqualTo(screenHeight);
			assertThat(style("details.share-link > summary", "display")).isEqualTo("block");
		}
	}

	@Test
	void printing_hides_private_links_destructive_buttons_and_the_menu() {
		String journey = finishedJourney();
		open(journey + "/resultat");
		print();
		for (String hidden : List.of(".result-actions", "details.share-link", ".danger-link", ".what-if", ".site-nav",
				".menu-toggle", ".result-more")) {
			assertThat(style(hidden, "display")).as(hidden).isIn("none", "missing");
		}
		assertThat(style(".verdict", "display")).isEqualTo("block");
		assertThat(style("body", "color")).isEqualTo("rgb(0, 0, 0)");
		// what opens on screen is printed whole: the closed criteria, groups and advice included
		assertThat((Long) browser.script("const d = document.querySelector('.implications details.consequence');"
				+ " return d.open ? -1 : Math.round(d.querySelector('.consequence__forms').getBoundingClientRect().height);"))
			.as("a closed criterion's whole lines on paper")
			.isGreaterThan(20);
		assertThat(style(".implications .consequence__gists", "display")).isEqualTo("none");
		assertThat((Long) browser.script("const d = document.querySelector('.result-excluded details.form-group');"
				+ " return Math.round(d.querySelector('.form-line').getBoundingClientRect().height);"))
			.as("the excluded forms on paper")
			.isGreaterThan(10);

		open(journey + "/supprimer");
		print();
		assertThat(style(".button--danger", "display")).isIn("none", "missing");
	}

	@Test
	void the_back_office_menu_is_styled() {
		// the first admin must choose a password at the first login: not what this test looks at
		jdbc.update("UPDATE admin_account SET password_change_required = FALSE WHERE username_key = 'admin'");
		browser.driver.manage().deleteAllCookies();
		open("/admin");
		browser.logIn("admin", BackOfficeBrowserTest.PASSWORD);
		assertThat(style(".admin-nav", "display")).isEqualTo("flex");
		assertThat(style(".admin-nav", "background-color")).isEqualTo("rgb(243, 246, 247)");
		assertThat(style(".admin-nav ul", "list-style-type")).isEqualTo("none");
		browser.driver.manage().deleteAllCookies();
	}
}
