package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * « Mon plan d'action » in a real browser, at 390 px and 1280 px: a merger's plan from the
 * result, a target date, a bad one refused next to the field, « Vos structures » with a missing
 * name; every page passes axe and none scrolls sideways. Screenshots go to target/screenshots.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActionPlanBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	CatalogService catalogs;

	@BeforeAll
	static void openBrowser(Browser shared) {
		browser = shared;
	}

	private String merger() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("integration", "fusionner");
		answers.put("partners", List.of("associations"));
		answers.put("member_count", 2);
		answers.put("purpose", List.of("projet_commun"));
		answers.put("restructuring_scope", "tout");
		answers.put("readiness", Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "en_partie", "valeurs",
				"oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui"));
		String token = TestJourneys.withAnswers(journeys, AnswerJson.read(catalogs.current(), answers).answers().asMap());
		TestJourneys.complete(journeys, token);
		return token;
	}

	private void open(String path) {
		browser.driver.get("http://localhost:" + port + path);
	}

	private void submit(String css) {
		browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser.driver.findElement(By.cssSelector(css)));
	}

	/** At each width: no sideways scrolling, no axe violation, and a full-page screenshot. */
	private void check(String name) throws Exception {
		for (int width : new int[] { 390, 1280 }) {
			browser.viewport(width, 900);
			assertThat(browser.scrollsHorizontally()).as(name + " at " + width + " px").isFalse();
			browser.assertAccessible();
			Number height = (Number) browser.script("return document.documentElement.scrollHeight;");
			browser.viewport(width, Math.min(height.intValue(), 12000));
			Path file = Path.of("target/screenshots/plan-" + name + "-" + width + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
		}
		browser.resetViewport();
	}

	@Test
	void a_merger_goes_from_the_result_to_its_plan_with_a_date_and_the_pages_pass_axe_at_390_and_1280_px()
			throws Exception {
		String token = merger();
		open("/questionnaire/" + token + "/resultat");
		submit("a[href$='/plan']");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/questionnaire/" + token + "/plan");

		browser.script("document.getElementById('p-targetDate').value = '2027-06-15';");
		submit("input[value='fusion.cse']");
		submit("form[action$='/plan'] button[type=submit]");
		assertThat(browser.driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Votre plan est enregistré.");
		assertThat(browser.driver.findElement(By.cssSelector("input[value='fusion.cse']")).isSelected()).isTrue();
		check("fusion");

		// A step's details open from the keyboard: from its box, Tab reaches its « Détails », Enter opens them.
		WebElement box = browser.driver.findElement(By.cssSelector("input[value='fusion.projet_arrete']"));
		WebElement details = box.findElement(By.xpath("ancestor::li[contains(@class,'plan-step')]//details"));
		assertThat(details.getDomAttribute("open")).isNull();
		assertThat(details.getText()).doesNotContain("Décret du 16 août 1901");
		browser.script("arguments[0].focus();", box);
		new Actions(browser.driver).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.driver.switchTo().activeElement();
		assertThat(focused.getTagName()).isEqualTo("summary");
		assertThat(focused.getDomProperty("textContent")).contains("Détails de l’étape").contains("Chaque conseil d’administration arrête le projet de fusion");
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		assertThat(details.getDomAttribute("open")).isNotNull();
		assertThat(details.getText()).contains("Au moins 2 mois avant la date visée").contains("Décret du 16 août 1901");
		// the consequences, folded by domain, open the same way
		WebElement domain = browser.driver.findElement(By.cssSelector(".plan-domain > summary"));
		browser.script("arguments[0].focus();", domain);
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		assertThat(domain.findElement(By.xpath("..")).getDomAttribute("open")).isNotNull();
		check("fusion-open");

		browser.script("document.getElementById('p-targetDate').value = '2020-01-01';");
		submit("form[action$='/plan'] button[type=submit]");
		assertThat(browser.driver.findElement(By.id("p-targetDate-error")).getText()).contains("Cette date est déjà passée");
		check("date-error");

		open("/questionnaire/" + token + "/plan/structures");
		browser.driver.findElement(By.id("p-structures-0-name")).sendKeys("Les Amis du Quartier");
		browser.driver.findElement(By.id("p-structures-1-address")).sendKeys("12 avenue Jean Jaurès");
		submit("form button[type=submit]");
		assertThat(browser.driver.findElement(By.id("p-structures-1-name-error")).getText())
			.contains("Indiquez le nom de la structure 2");
		check("structures-error");
	}
}
