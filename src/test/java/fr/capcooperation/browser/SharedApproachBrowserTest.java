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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.catalog.SeedCatalog;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.together.SharedApproach;
import fr.capcooperation.together.SharedApproaches;
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

	@Autowired
	SharedApproaches approaches;

	@Autowired
	Journeys journeys;

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
			if (i == 2) {
				press(find("form[action$='/resultat'] button"));
				assertThat(find(".together-result-link").getText()).contains("Vous avez répondu pour Foyer rural");
				press(find(".together-result-link a[href$='/synthese']"));
				assertThat(find("h1").getText()).startsWith("Synthèse");
			}
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

		press(find(".together-discussion .together-variant:nth-child(2) .together-variant__what-if a"));
		assertThat(find("#et-si").getText()).contains("Et si vous retenez tous", "Fusion d’associations");
		audit(390);
		screenshot("together-what-if", 390, 844);

		press(find("a[href$='/reunion']"));
		meetingScreens();

		open(links.get(1) + "/synthese");
		assertThat(find(".together-discussion").getText()).doesNotContain("Maison des jeunes").contains("un partenaire");
		audit(390);
		screenshot("together-partner-synthesis", 390, 844);

		assertThat(violations).isEmpty();
	}

	@Test
	void thirtyPartnersOfThreeRespondentsFitEveryScreenOfTheMeetingAndEveryWhatIf() throws IOException {
		String[] integration = { "mutualiser", "structurer", "fusionner", "echanger", "ne_sait_pas" };
		String[] legalEntity = { "non", "oui", "ne_sait_pas" };
		String[] surplus = { "reinvestis", "membres", "ne_sait_pas" };
		String[] governance = { "une_voix", "ponderee", "colleges" };
		String[] levels = { "oui", "en_partie", "non" };
		List<String> names = new ArrayList<>();
		for (int p = 1; p <= 30; p++) {
			names.add("Association intercommunale d’animation n° " + p);
		}
		SharedApproach approach = approaches.create("Trente structures d’un même territoire", names, 3, true);
		for (int p = 0; p < 30; p++) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("integration", integration[p % integration.length]);
			json.put("partners", List.of("associations"));
			json.put("member_count", 30);
			json.put("legal_entity", legalEntity[p % legalEntity.length]);
			json.put("purpose", List.of("moyens", "formation"));
			json.put("surplus", surplus[p % surplus.length]);
			json.put("duration", "indeterminee");
			json.put("governance", governance[p % governance.length]);
			json.put("readiness", Map.of("besoins", levels[p % 3], "volontariat", levels[(p + 1) % 3], "projet_conjoint",
					levels[(p + 2) % 3], "valeurs", levels[p % 2], "objectifs", levels[(p + 1) % 2], "solidarite", "en_partie",
					"qualite", levels[p % 3]));
			for (SharedApproach.Respondent respondent : approach.partners().get(p).respondents()) {
				String journey = approaches.journeyOf(respondent);
				SeedCatalog.answers(SeedCatalog.VERSION_2, json)
					.asMap()
					.forEach((key, answer) -> TestJourneys.answer(journeys, journey, key, answer));
			}
		}
		String meeting = "/ensemble/coordination/" + approach.coordinatorToken() + "/reunion";
		open(meeting);
		int screens = Integer.parseInt(find(".slide__number").getText().replaceAll("(?s).*/ ", ""));
		assertThat(screens).as("several divergences and prerequisites").isGreaterThan(4);
		for (int n = 1; n <= screens; n++) {
			open(meeting + "?n=" + n);
			projected("together-meeting-30-" + n);
			int variants = all(".meeting__what-if a").size();
			for (int v = 0; v < variants; v++) {
				press(all(".meeting__what-if a").get(v));
				projected("together-meeting-30-" + n + "-et-si-" + (v + 1));
				press(find(".together-what-if__close"));
			}
		}
		assertThat(violations).isEmpty();
	}

	/** The screen as projected: nothing cut off, no text under the deck's floor of 28 px. */
	private void projected(String name) throws IOException {
		browser.viewport(1280, 720);
		Number overflow = (Number) browser.script("var m = document.getElementById('diapositive');"
				+ " return m.scrollHeight - m.clientHeight;");
		assertThat(overflow.intValue()).as(browser.driver.getCurrentUrl() + " fits 1280 × 720").isLessThanOrEqualTo(1);
		Number smallest = (Number) browser.script("var min = 999; document.querySelectorAll('#diapositive *').forEach(function (e) {"
				+ " if (e.offsetParent !== null && e.childNodes.length && Array.prototype.some.call(e.childNodes, function (n) {"
				+ " return n.nodeType === 3 && n.textContent.trim(); })) { min = Math.min(min, parseFloat(getComputedStyle(e).fontSize)); } });"
				+ " return min;");
		assertThat(smallest.doubleValue()).as(name + ": the smallest text").isGreaterThanOrEqualTo(28);
		violations.addAll(browser.accessibilityViolations());
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + "-1280.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
	}

	/** Waits until the deck's script has swapped in the screen of this address. */
	private void waitFor(String ending) {
		new WebDriverWait(browser.driver, Duration.ofSeconds(20))
			.withMessage(() -> "waiting for " + ending + " on " + browser.driver.getCurrentUrl() + ": "
					+ browser.driver.findElement(By.cssSelector(".slide__number")).getText())
			.until(driver -> driver.getCurrentUrl().endsWith(ending) && !driver.findElements(By.cssSelector(".slide__number")).isEmpty()
					&& driver.findElement(By.cssSelector(".slide__number")).getText().contains(ending.replaceAll(".*n=", "") + " / "));
	}

	private void key(CharSequence key) {
		new Actions(browser.driver).sendKeys(key).perform();
	}

	/** The meeting mode, projected: the opening, one divergence at a time, « Et si… ? », the prerequisites, the end. */
	private void meetingScreens() throws IOException {
		browser.viewport(1280, 720);
		assertThat(find("h1").getText()).isEqualTo("Rapprochement des centres sociaux du quartier");
		assertThat(find(".slide__body").getText()).contains("Maison des jeunes, Centre social Nord, Foyer rural");
		String total = find(".slide__number").getText().replaceAll("(?s).*/ ", "");
		projected("together-meeting-opening");

		key(Keys.ARROW_RIGHT);
		waitFor("?n=2");
		assertThat(find("h1").getText()).contains("Quel degré de rapprochement recherchez-vous\u202f?");
		assertThat(all(".meeting__variant")).hasSize(2);
		projected("together-meeting-divergence");
		audit(390); // opened on a phone: a page that scrolls, one column
		screenshot("together-meeting-divergence", 390, 844);

		press(all(".meeting__what-if a").get(1));
		assertThat(find("#et-si").getText()).contains("Fusion d’associations", "rien n’est enregistré");
		projected("together-meeting-what-if");
		press(find(".together-what-if__close"));

		key(Keys.END);
		waitFor("?n=" + total);
		assertThat(find("h1").getText()).isEqualTo(PageText.of("Et maintenant ?"));
		projected("together-meeting-closing");
		key(Keys.PAGE_UP);
		int prerequisites = Integer.parseInt(total) - 1;
		waitFor("?n=" + prerequisites);
		assertThat(find(".meeting__prerequisite--weak").getText()).contains("Fragile pour le groupe", "Pas encore : 1")
			.as("synthesis only: no partner named").doesNotContain("Foyer rural");
		projected("together-meeting-prerequisites");
		key(Keys.HOME);
		waitFor("?n=1");
		// without JavaScript, « Suivant » is a link
		press(find("a[rel=next]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("?n=2");
		browser.resetViewport();
	}
}
