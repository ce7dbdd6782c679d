package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin in a real browser: logs in, edits a form's summary in the draft, sees the public
 * site unchanged, publishes, and sees the public site changed; the back-office pages pass axe.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BackOfficeBrowserTest {

	/** The first admin's password in every test context (application-test.properties). */
	static final String PASSWORD = "Un-mot-de-passe-solide-42";

	private static Browser browser;

	@LocalServerPort
	int port;

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

	private void open(String path) {
		browser.driver.get("http://localhost:" + port + path);
	}

	private WebElement find(String css) {
		return browser.driver.findElement(By.cssSelector(css));
	}

	private void submit(WebElement button) {
		WebElement page = find("html");
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		});
	}

	@Test
	void a_first_login_asks_for_a_password_of_ones_own() {
		jdbc.update("UPDATE admin_account SET password_change_required = TRUE WHERE username_key = 'admin'");
		browser.resetViewport();
		open("/admin/connexion");
		browser.driver.manage().deleteAllCookies();
		open("/admin/connexion");
		find("#username").sendKeys("admin");
		find("#password").sendKeys(PASSWORD);
		submit(find("form button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/mot-de-passe");
		assertThat(find(".notice").getText()).contains("choisissez le vôtre");
		browser.assertAccessible();
		open("/admin/brouillon");
		assertThat(browser.driver.getCurrentUrl()).as("nothing else until then").endsWith("/admin/mot-de-passe");

		String own = "Un-verger-de-pommes-tardives";
		find("#current").sendKeys(PASSWORD);
		find("#password").sendKeys(own);
		find("#confirmation").sendKeys(own);
		submit(find("form.admin-form button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin");
		open("/admin/brouillon");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/brouillon");

		// back to the tests' password, for the other tests of this context
		open("/admin/mot-de-passe");
		find("#current").sendKeys(own);
		find("#password").sendKeys(PASSWORD);
		find("#confirmation").sendKeys(PASSWORD);
		submit(find("form.admin-form button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin");
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void an_admin_logs_in_edits_a_summary_and_publishes_it() {
		browser.resetViewport();
		open("/admin");
		assertThat(browser.driver.getCurrentUrl()).contains("/admin/connexion");
		browser.assertAccessible();
		browser.logIn("admin", PASSWORD);
		browser.assertAccessible();

		open("/admin/brouillon/formes/gie");
		browser.assertAccessible();
		WebElement summary = find("#f-summary");
		summary.clear();
		summary.sendKeys("Résumé modifié dans le navigateur.");
		submit(find("button[name=action][value=save]"));

		open("/formes/gie");
		assertThat(find("main").getText()).doesNotContain("Résumé modifié dans le navigateur.");

		// A question's options, and an option refused: both pages pass axe.
		open("/admin/brouillon/questions/governance");
		browser.assertAccessible();
		find("#f-options-new-0-key").sendKeys("Mauvaise Clé");
		submit(find("button[name=action][value=save]"));
		assertThat(find("#f-options-new-0-key-error").getText()).contains("minuscules");
		assertThat(find("#f-options-new-0-key").getAttribute("value")).isEqualTo("Mauvaise Clé");
		browser.assertAccessible();

		// publishing goes through a page that lists the changes and the scenarios' state
		open("/admin/brouillon");
		browser.assertAccessible();
		submit(find("a[href$='/admin/publier']"));
		// the one change, and only the field that was edited
		assertThat(find(".publish-changes").getText()).contains("Groupement d’intérêt économique", "Résumé")
			.doesNotContain("Texte du support de 2017");
		browser.assertAccessible();
		find("#note").sendKeys("Essai depuis le navigateur");
		submit(find("form[action$='/admin/publier'] button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/historique");

		open("/formes/gie");
		assertThat(find("main").getText()).contains("Résumé modifié dans le navigateur.");
	}
}
