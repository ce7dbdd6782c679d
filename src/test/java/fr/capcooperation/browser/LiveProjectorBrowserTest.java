package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.presentation.LiveSession;
import fr.capcooperation.presentation.LiveSessions;
import fr.capcooperation.questionnaire.ResponseService;
import fr.capcooperation.rules.Answer;

/**
 * The projected page of a live session follows the room by itself: when attendees join and
 * answer, its figures change within seconds, without reloading the page (presentation.js polls
 * the session's fingerprint and swaps the results region).
 */
// the back-office test's context: same properties
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "capcoop.admin.initial-password=" + BackOfficeBrowserTest.PASSWORD)
class LiveProjectorBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	LiveSessions sessions;

	@Autowired
	ResponseService responses;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void the_projected_figures_follow_the_room_without_reloading_the_page() {
		browser.resetViewport();
		browser.driver.get("http://localhost:" + port + "/admin/connexion");
		browser.driver.findElement(By.id("username")).sendKeys("admin");
		browser.driver.findElement(By.id("password")).sendKeys(BackOfficeBrowserTest.PASSWORD);
		browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/admin"));

		LiveSession session = sessions.open("admin");
		browser.driver.get("http://localhost:" + port + "/formateur/direct/" + session.code());
		assertThat(counts()).isEqualTo("0 participants, 0 questionnaires terminés");
		browser.script("window.notReloaded = true;");

		String first = responses.start(Optional.of(session.id())).token();
		responses.start(Optional.of(session.id()));
		waitForCounts("2 participants, 0 questionnaires terminés");

		// finished: every shown question answered
		responses.answer(first, "integration", new Answer.Choice("echanger"));
		responses.answer(first, "partners", new Answer.Choices(Set.of("associations")));
		responses.answer(first, "member_count", new Answer.Number(3));
		responses.answer(first, "legal_entity", new Answer.Choice("non"));
		responses.answer(first, "purpose", new Answer.Choices(Set.of("moyens")));
		responses.answer(first, "surplus", new Answer.Choice("reinvestis"));
		responses.answer(first, "duration", new Answer.Choice("determinee"));
		responses.answer(first, "governance", new Answer.Choice("une_voix"));
		responses.answer(first, "readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "oui",
				"projet_conjoint", "oui", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		assertThat(responses.find(first).orElseThrow().isComplete()).isTrue();
		waitForCounts("2 participants, 1 questionnaires terminés");

		assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
		browser.assertAccessible();
	}

	private String counts() {
		return String.valueOf(browser.script(
				"var p = document.querySelector('#live-results .live__counts'); return p ? p.textContent.trim() : '';"));
	}

	private void waitForCounts(String expected) {
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> counts().equals(expected));
	}
}
