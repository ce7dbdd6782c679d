package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.capcooperation.presentation.LiveSession;
import fr.capcooperation.presentation.LiveSessions;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * The projected page of a live session follows the room by itself: when attendees join and
 * answer, its figures change within seconds, without reloading the page (presentation.js polls
 * the session's fingerprint and swaps the results region).
 */
// the back-office test's context: same properties
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveProjectorBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	LiveSessions sessions;

	@Autowired
	Journeys journeys;

	@BeforeAll
	static void openBrowser(Browser shared) {
		browser = shared;
	}

	@Autowired
	JdbcTemplate jdbc;

	/** The first admin has changed its password already (the first login itself is {@code a_first_login_asks_for_a_password_of_ones_own}). */
	@BeforeEach
	void firstPasswordAlreadyChanged() {
		jdbc.update("UPDATE admin_account SET password_change_required = FALSE WHERE username_key = 'admin'");
	}

	@Test
	void the_projected_figures_follow_the_room_without_reloading_the_page() {
		browser.resetViewport();
		browser.driver.get("http://localhost:" + port + "/admin/connexion");
		browser.logIn("admin", BackOfficeBrowserTest.PASSWORD);

		LiveSession session = sessions.open("admin");
		browser.driver.get("http://localhost:" + port + "/formateur/direct/" + session.code() + "/ecran");
		assertThat(counts()).isEqualTo("aucun participant, aucun questionnaire terminé");
		browser.script("window.notReloaded = true;");

		sessions.startJourney(session);
		waitForCounts("1 participant, aucun questionnaire terminé");

		// finished: every shown question answered
		String finished = TestJourneys.answered(journeys, sessions.startJourney(session));
		assertThat(journeys.find(finished).orElseThrow().isComplete()).isTrue();
		waitForCounts("2 participants, 1 questionnaire terminé");

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
