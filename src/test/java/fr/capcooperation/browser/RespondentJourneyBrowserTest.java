package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A respondent in a real browser: the whole journey with the mouse, then with the keyboard
 * alone; every page checked with axe (WCAG 2.1 A and AA) and for what axe cannot see.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RespondentJourneyBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	private final List<String> violations = new ArrayList<>();

	@BeforeAll
	static void openBrowser(Browser shared) {
		browser = shared;
	}

	@BeforeEach
	void freshPage() {
		browser.resetViewport();
		browser.driver.manage().deleteAllCookies();
	}

	private void open(String path) {
		browser.driver.get("http://localhost:" + port + path);
	}

	private WebElement find(String css) {
		return browser.driver.findElement(By.cssSelector(css));
	}

	private List<WebElement> all(String css) {
		return browser.driver.findElements(By.cssSelector(css));
	}

	/** Axe, plus what axe cannot check: language, skip link, labels, reflow at 320 px and 200 %. */
	private void audit() {
		String url = browser.driver.getCurrentUrl();
		violations.addAll(browser.accessibilityViolations());
		if (!"fr".equals(find("html").getAttribute("lang"))) {
			violations.add(url + ": page language is not fr");
		}
		WebElement skip = all("a.skip-link").isEmpty() ? null : find("a.skip-link");
		if (skip == null || !"#contenu".equals(skip.getDomAttribute("href")) || all("#contenu").isEmpty()) {
			violations.add(url + ": no skip link to the content");
		}
		for (WebElement input : all("input:not([type=hidden]), select, textarea")) {
			if (!input.isDisplayed()) {
				continue; // inside a closed disclosure: checked when shown
			}
			List<WebElement> labels = all("label[for='" + input.getDomAttribute("id") + "']");
			if (labels.isEmpty() || labels.get(0).getText().isBlank()) {
				violations.add(url + ": input " + input.getDomAttribute("name") + " has no visible label");
			}
		}
		for (int width : new int[] { 320, 640 }) {
			browser.viewport(width, 900);
			if (browser.scrollsHorizontally()) {
				violations.add(url + ": scrolls horizontally at " + width + " px");
			}
		}
		browser.resetViewport();
	}

	private void click(WebElement element) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private void choose(String name, String value) {
		click(find("label[for='q-" + name + "-" + value + "']"));
	}

	private void next() {
		navigating(() -> click(find("button[name=action][value=suivant]")));
	}

	/** Does something that loads a new page, and waits for it. */
	private void navigating(Runnable action) {
		WebElement page = find("html");
		action.run();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) { // Chromium's way of saying the same, at times
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		});
	}

	private String heading() {
		return find("h1").getText();
	}

	@Test
	void a_respondent_goes_from_the_home_page_to_the_result_and_back_to_change_an_answer() {
		open("/");
		audit();
		navigating(() -> click(find(".hero button[type=submit]")));
		assertThat(find(".progress").getText()).contains("Question 1 sur 12");
		audit();

		// an empty answer is refused, the error is announced and focus moves to it
		next();
		assertThat(find(".error-summary").getText()).contains("Veuillez choisir une réponse.");
		assertThat(browser.driver.switchTo().activeElement().getDomAttribute("class")).contains("error-summary");
		audit();

		choose("integration", "structurer");
		next();
		choose("partners", "associations");
		choose("partners", "public");
		audit();
		next();
		find("#q-member_count").sendKeys("2");
		next();
		choose("legal_entity", "oui");
		next();
		choose("purpose", "formation");
		choose("purpose", "equipement");
		next();
		choose("surplus", "reinvestis");
		next();
		choose("duration", "indeterminee");
		next();
		choose("governance", "une_voix");
		next();
		assertThat(find(".progress").getText()).contains("Question 9 sur 9");
		for (WebElement fieldset : all("fieldset.checklist__line")) {
			click(fieldset.findElement(By.cssSelector(".choice label")));
		}
		audit();
		next();

		assertThat(browser.driver.getCurrentUrl()).endsWith("/recapitulatif");
		audit();
		navigating(() -> click(find("form[action$=resultat] button")));
		assertThat(heading()).isEqualTo("Votre résultat");
		assertThat(find("[data-status=RECOMMENDED]").getDomAttribute("data-form")).isEqualTo("gip");
		audit();

		// back to the review page, change the duration, and the result follows
		browser.driver.get(browser.driver.getCurrentUrl().replace("/resultat", "/recapitulatif"));
		navigating(() -> click(find("a.review-list__edit[href*='/questions/duration']")));
		assertThat(find("input[name=duration][value=indeterminee]").isSelected()).isTrue();
		choose("duration", "determinee");
		next();
		assertThat(browser.driver.getCurrentUrl()).endsWith("/recapitulatif");
		assertThat(find("dl.review-list").getText()).contains("Une durée déterminée");
		navigating(() -> click(find("form[action$=resultat] button")));
		assertThat(find("[data-form=gie]").getDomAttribute("data-status")).isEqualTo("EXCLUDED");
		assertThat(violations).isEmpty();
	}

	@Test
	void the_questionnaire_can_be_completed_with_the_keyboard_alone() {
		open("/");
		Actions keys = new Actions(browser.driver);
		// the first Tab reaches the skip link, with a visible focus
		keys.sendKeys(Keys.TAB).perform();
		WebElement skip = browser.driver.switchTo().activeElement();
		assertThat(skip.getDomAttribute("class")).contains("skip-link");
		assertThat(skip.getCssValue("outline-style")).isNotEqualTo("none");
		tabTo("Commencer le questionnaire");
		navigating(() -> keys.sendKeys(Keys.ENTER).perform());

		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("integration", 1); // second option: mutualiser
		answers.put("partners", 0);
		answers.put("member_count", -1);
		answers.put("legal_entity", 0);
		answers.put("purpose", 2); // personnel
		answers.put("surplus", 0);
		answers.put("duration", 1);
		answers.put("governance", 0);
		for (Map.Entry<String, Integer> answer : answers.entrySet()) {
			assertThat(browser.driver.getCurrentUrl()).endsWith("/questions/" + answer.getKey());
			if (answer.getValue() < 0) {
				tabToElement("q-" + answer.getKey());
				keys.sendKeys("2").perform();
			}
			else {
				String id = find("input[name=" + answer.getKey() + "]").getDomAttribute("id");
				tabToElement(id);
				for (int i = 0; i < answer.getValue(); i++) {
					keys.sendKeys(all("input[name=" + answer.getKey() + "][type=radio]").isEmpty() ? Keys.TAB : Keys.ARROW_DOWN)
						.perform();
				}
				keys.sendKeys(Keys.SPACE).perform();
			}
			tabTo("Suivant");
			navigating(() -> keys.sendKeys(Keys.ENTER).perform());
		}
		assertThat(browser.driver.getCurrentUrl()).endsWith("/questions/readiness");
		tabToElement("q-readiness-besoins-oui");
		for (int line = 0; line < 7; line++) {
			keys.sendKeys(Keys.SPACE).perform();
			if (line < 6) {
				keys.sendKeys(Keys.TAB).perform();
			}
		}
		tabTo("Suivant");
		navigating(() -> keys.sendKeys(Keys.ENTER).perform());
		assertThat(browser.driver.getCurrentUrl()).endsWith("/recapitulatif");
		tabTo("Voir le résultat");
		navigating(() -> keys.sendKeys(Keys.SPACE).perform());
		assertThat(heading()).isEqualTo("Votre résultat");
		assertThat(find("[data-status=RECOMMENDED]").getDomAttribute("data-form")).isEqualTo("groupement_employeurs");
	}

	@Test
	void every_reference_page_is_accessible() {
		for (String path : List.of("/questionnaire", "/formes", "/formes/gip", "/formes/scic", "/formes/partenariat",
				"/notions", "/notions/cooperation", "/notions/mutualisation", "/glossaire", "/comparaison",
				"/page-inconnue")) {
			open(path);
			audit();
		}
		assertThat(violations).isEmpty();
	}

	/** Presses Tab until the focused element's text is this label (at most 80 presses). */
	private void tabTo(String label) {
		Actions keys = new Actions(browser.driver);
		new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.until(driver -> "complete".equals(browser.script("return document.readyState;")));
		for (int i = 0; i < 80; i++) {
			keys.sendKeys(Keys.TAB).perform();
			WebElement focused = browser.driver.switchTo().activeElement();
			if (focused.getText().strip().equals(label)) {
				assertThat(focused.getCssValue("outline-style")).as("visible focus on " + label).isNotEqualTo("none");
				return;
			}
		}
		throw new AssertionError("cannot reach '" + label + "' with Tab on " + browser.driver.getCurrentUrl());
	}

	private void tabToElement(String id) {
		Actions keys = new Actions(browser.driver);
		new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.until(driver -> "complete".equals(browser.script("return document.readyState;")));
		for (int i = 0; i < 80; i++) {
			keys.sendKeys(Keys.TAB).perform();
			if (id.equals(browser.driver.switchTo().activeElement().getDomAttribute("id"))) {
				return;
			}
		}
		throw new AssertionError("cannot reach #" + id + " with Tab on " + browser.driver.getCurrentUrl());
	}
}
