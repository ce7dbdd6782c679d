package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

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

		open("/admin/brouillon");
		browser.assertAccessible();
		find("#note").sendKeys("Essai depuis le navigateur");
		submit(find("form[action$='/admin/publier'] button[type=submit]"));

		open("/formes/gie");
		assertThat(find("main").getText()).contains("Résumé modifié dans le navigateur.");
	}
}
