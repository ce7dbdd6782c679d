package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium through Selenium, one for the whole test run (it takes seconds to
 * start): a browser test class declares {@code @ExtendWith(Browser.Shared.class)} and takes it
 * as a parameter of its {@code @BeforeAll} method; each class starts with no cookie, a desktop
 * viewport and a blank page. Tests are skipped, saying so, where Chromium and its driver are
 * not installed; CI installs them (.ci/run), so there they run.
 */
public final class Browser implements AutoCloseable {

	/** Hands the run's one browser to test classes, started on first use and closed at the end of the run. */
	public static final class Shared implements ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Browser.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
					"Chromium and chromedriver are not installed: browser tests skipped (apt-get install chromium chromium-driver)");
			Browser browser = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browser.class, type -> start(),
					Browser.class);
			browser.reset();
			return browser;
		}
	}

	static final String CHROMIUM = "/usr/bin/chromium";
	static final String DRIVER = "/usr/bin/chromedriver";

	public final ChromeDriver driver;
	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	private static Browser start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("capcoop-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,900", "--hide-scrollbars", "--lang=fr-FR", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, profile);
	}

	/** A fresh start for a test class: no cookie of an earlier one, a desktop viewport, a blank page. */
	private void reset() {
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		resetViewport();
		driver.get("about:blank");
	}

	/** Emulates a viewport of this CSS width (320 px, or 640 px for 200 % zoom of 1280 px). */
	public void viewport(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Back to a desktop viewport (an explicit override: clearing one leaves Chromium confused). */
	public void resetViewport() {
		viewport(1280, 900);
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	public boolean scrollsHorizontally() {
		Object overflow = script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
		return Boolean.TRUE.equals(overflow);
	}

	/** Axe with the WCAG 2.1 A and AA rules: the violations, described for a test failure. */
	public List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		return results.getViolations()
			.stream()
			.map((Rule rule) -> driver.getCurrentUrl() + ": " + rule.getId() + " (" + rule.getHelp() + ") on "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList())
			.toList();
	}

	public void assertAccessible() {
		assertThat(accessibilityViolations()).isEmpty();
	}

	/** Fills the back-office login page shown now and waits for the back-office home. */
	public void logIn(String username, String password) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}
}
