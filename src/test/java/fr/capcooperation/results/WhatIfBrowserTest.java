package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.browser.Browser;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * With JavaScript, "Et si… ?" updates the result page in place through htmx (self-hosted), and
 * "Copier le lien" appears. Skipped where Chromium and its driver are not installed.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	CatalogService catalogs;

	WebDriver browser;

	@BeforeAll
	void openBrowser(Browser shared) {
		browser = shared.driver;
	}

	private String finishedJourney() {
		String token = journeys.start().token();
		var catalog = catalogs.current();
		AnswerJson.read(catalog, Map.of("integration", "structurer", "partners",
				List.of("associations", "public"), "member_count", 2, "legal_entity", "oui", "purpose",
				List.of("formation", "equipement"), "surplus", "reinvestis", "duration", "indeterminee", "governance",
				"une_voix", "readiness", Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "oui",
						"valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")))
			.answers()
			.asMap()
			.forEach((key, answer) -> TestJourneys.answer(journeys, token, key, answer));
		TestJourneys.complete(journeys, token);
		return token;
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	@Test
	void a_what_if_change_updates_the_section_in_place_and_the_address() {
		String token = finishedJourney();
		browser.get("http://localhost:" + port + "/questionnaire/" + token + "/resultat");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		// share.js has run (the copy button is no longer hidden, inside its closed disclosure)
		wait.until(driver -> driver.findElement(By.cssSelector(".share-link button[data-copy]")).getDomAttribute("hidden") == null);

		click(browser.findElement(By.cssSelector("#what-if .what-if__open > summary")));
		WebElement item = browser.findElement(By.cssSelector("#what-if li:has(select[name=duration])"));
		click(item.findElement(By.tagName("summary")));
		new Select(item.findElement(By.cssSelector("select[name=duration]"))).selectByValue("determinee");
		click(item.findElement(By.cssSelector("button[type=submit]")));

		wait.until(driver -> !driver.findElements(By.cssSelector("#what-if .what-if__shift")).isEmpty());
		assertThat(browser.getCurrentUrl()).endsWith("/resultat/et-si?duration=determinee");
		// in place: the rest of the result page is still there
		assertThat(browser.findElements(By.cssSelector("[data-form][data-status]"))).hasSize(17);
		assertThat(browser.findElement(By.cssSelector("#what-if .what-if__changed")).getText())
			.contains("«\u202fUne durée déterminée\u202f» au lieu de «\u202fSans limite de durée\u202f»");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("nothing blocked by the Content Security Policy")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
	}
}
