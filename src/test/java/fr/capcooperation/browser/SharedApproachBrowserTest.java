package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.web.PageText;

/**
 * A shared approach in a real browser: the coordinator creates it for three partner structures,
 * each partner answers on its own link with deliberately different answers, and the coordinator
 * reads the synthesis on a phone (390 px) and projected (1280 × 720). Every page is checked with
 * axe (WCAG 2.1 A and AA) and for horizontal scrolling; screenshots go to target/screenshots.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedApproachBrowserTest {

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

	private void open(String url) {
		browser.driver.get(url.startsWith("http") ? url : "http://localhost:" + port + url);
	}

	private WebElement find(String css) {
		return browser.driver.findElement(By.cssSelector(css));
	}

	private List<WebElement> all(String css) {
		return browser.driver.findElements(By.cssSelector(css));
	}

	private void click(WebElement element) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/** Activates a button or link, then waits for the next page to replace this one. */
	private void press(WebElement element) {
		WebElement page = find("html");
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> {
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

	private void audit(int width) {
		browser.viewport(width, 800);
		violations.addAll(browser.accessibilityViolations());
		if (browser.scrollsHorizontally()) {
			violations.add(browser.driver.getCurrentUrl() + ": scrolls horizontally at " + width + " px");
		}
		browser.resetViewport();
	}

	/** The whole page at this width, and its first screen at this height. */
	private void screenshot(String name, int width, int height) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		browser.viewport(width, height);
		Files.write(dir.resolve(name + "-" + width + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
		long full = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
		browser.viewport(width, (int) Math.min(full, 12000));
		Files.write(dir.resolve(name + "-" + width + "-full.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
		browser.resetViewport();

	}

	/** Walks the questionnaire from the page shown now, with these answers (others: « Je ne sais pas » or the first option). */
	private void answerQuestionnaire(Map<String, Object> answers) {
		for (int page = 0; page < 20 && browser.driver.getCurrentUrl().contains("/questions/"); page++) {
			String url = browser.driver.getCurrentUrl();
			String key = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
			Object value = answers.get(key);
			if (value instanceof Map<?, ?> levels) {
				levels.forEach((line, level) -> click(find("input[name='" + key + "." + line + "'][value='" + level + "']")));
			}
			else if (value instanceof List<?> options) {
				options.forEach(option -> click(find("input[name='" + key + "'][value='" + option + "']")));
			}
			else if (!all("input[inputmode=numeric][name='" + key + "']").isEmpty()) {
				WebElement number = find("input[inputmode=numeric][name='" + key + "']");
				number.clear();
				number.sendKeys(value == null ? "3" : value.toString());
			}
			else {
				List<WebElement> chosen = all("input[name='" + key + "'][value='" + (value == null ? "ne_sait_pas" : value) + "']");
				click(chosen.isEmpty() ? all("input[name='" + key + "']").get(0) : chosen.get(0));
			}
			press(find("button[value=suivant]"));
		}
		assertThat(browser.driver.getCurrentUrl()).as("the questionnaire ends on its review").endsWith("/recapitulatif");
	}

	static Map<String, Object> poolingMeans(String integration, String values) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("integration", integration);
		answers.put("partners", List.of("associations"));
		answers.put("member_count", 3);
		answers.put("legal_entity", "non");
		answers.put("purpose", List.of("moyens"));
		answers.put("surplus", "reinvestis");
		answers.put("duration", "indeterminee");
		answers.put("governance", "une_voix");
		answers.put("readiness", Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "oui", "valeurs", values,
				"objectifs", "oui", "solidarite", "oui", "qualite", "oui"));
		return answers;
	}

	@Test
	void threePartnersAnswerOnTheirOwnLinksAndTheCoordinatorReadsWhatToDiscussFirst() throws IOException {
		open("/ensemble");
		audit(390);
		screenshot("together-introduction", 390, 844);
		press(find("button[type=submit]"));
		assertThat(find("#name-error").getText()).contains("Donnez un nom à la démarche.");
		audit(390);
		find("#name").sendKeys("Rapprochement des centres sociaux du quartier");
		find("#partners").sendKeys("Maison des jeunes\nCentre social Nord\nFoyer rural");
		press(find("button[type=submit]"));

		assertThat(find("h1").getText()).as(find("main").getText()).startsWith("Coordination");
		String coordination = browser.driver.getCurrentUrl().replaceAll("\\?.*", "");
		// the page shows capcoop.public-url; the test's server listens on a random port
		List<String> links = all(".together-links code").stream()
			.map(link -> link.getText().replaceFirst("^https?://[^/]+", "http://localhost:" + port))
			.toList();
		assertThat(links).hasSize(3);
		audit(390);
		audit(1280);
		screenshot("together-coordination", 390, 844);

		List<Map<String, Object>> answers = List.of(poolingMeans("mutualiser", "oui"), poolingMeans("fusionner", "oui"),
				poolingMeans("mutualiser", "non"));
		for (int i = 0; i < 3; i++) {
			open(links.get(i));
			if (i == 0) {
				audit(390);
				screenshot("together-respondent", 390, 844);
			}
			press(find("form[action$='/repondre'] button"));
			answerQuestionnaire(answers.get(i));
		}

		open(coordination);
		assertThat(all(".together-links .tag").stream().map(WebElement::getText).toList()).containsOnly("Terminé");
		press(find("a[href$='/synthese']"));
		assertThat(find(".together-discussion h3").getText()).isEqualTo(PageText.of("Quel degré de rapprochement recherchez-vous ?"));
		assertThat(find(".together-discussion").getText()).contains("Centre social Nord", "Fusion d’associations",
				"Maison des jeunes, Foyer rural", "Convention de mutualisation");
		assertThat(find(".together-prerequisite--weak").getText()).contains("Fragile pour le groupe", "Foyer rural");
		assertThat(all("#alone-title + .table-wrapper tbody tr")).hasSize(3);
		audit(390);
		audit(1280);
		screenshot("together-synthesis", 390, 844);
		screenshot("together-synthesis", 1280, 720);

		open(links.get(1) + "/synthese");
		assertThat(find(".together-discussion").getText()).doesNotContain("Maison des jeunes").contains("un partenaire");
		audit(390);
		screenshot("together-partner-synthesis", 390, 844);

		assertThat(violations).isEmpty();
	}
}
