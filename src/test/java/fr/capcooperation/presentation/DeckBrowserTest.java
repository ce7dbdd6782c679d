package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.capcooperation.browser.Browser;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.web.PageText;

/**
 * The deck in a real browser (headless Chromium): the presenter's keys move between slides,
 * and no slide ever needs scrolling at 1280×720 or 1920×1080.
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeckBrowserTest {

	private static Browser browser;

	private static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	DeckBuilder builder;

	@Autowired
	CatalogService catalogs;

	@BeforeAll
	static void openBrowser(Browser shared) {
		browser = shared;
		driver = shared.driver;
		shared.viewport(1280, 720);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The slide's title, read in one step (the script may be swapping the slide meanwhile). */
	private String title() {
		Object text = ((JavascriptExecutor) driver)
			.executeScript("var h = document.querySelector('h1'); return h ? h.textContent.trim() : '';");
		return String.valueOf(text);
	}

	private void press(CharSequence key, String expectedPath) {
		new Actions(driver).sendKeys(key).perform();
		new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.getCurrentUrl().equals(url(expectedPath)) && d.findElements(By.cssSelector(".slide__number")).size() == 1);
	}

	/** Sizes the viewport itself (not the window) to a projector's resolution. */
	private void viewport(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long innerWidth = (Long) js.executeScript("return window.innerWidth;");
		long innerHeight = (Long) js.executeScript("return window.innerHeight;");
		driver.manage().window().setSize(new Dimension(width + (width - (int) innerWidth), height + (height - (int) innerHeight)));
	}

	@Test
	void the_presenter_keys_move_between_slides_and_each_slide_keeps_its_address() {
		Deck deck = builder.build(catalogs.current());
		List<Slide> slides = deck.slides();
		viewport(1280, 720);
		driver.get(url("/presentation/" + slides.get(0).slug()));
		assertThat(title()).isEqualTo(PageText.of(slides.get(0).title()));

		press(Keys.ARROW_RIGHT, "/presentation/" + slides.get(1).slug());
		assertThat(title()).isEqualTo(PageText.of(slides.get(1).title()));
		press(Keys.SPACE, "/presentation/" + slides.get(2).slug());
		press(Keys.PAGE_DOWN, "/presentation/" + slides.get(3).slug());
		assertThat(title()).isEqualTo(PageText.of(slides.get(3).title()));
		press(Keys.ARROW_LEFT, "/presentation/" + slides.get(2).slug());
		press(Keys.PAGE_UP, "/presentation/" + slides.get(1).slug());
		assertThat(title()).isEqualTo(PageText.of(slides.get(1).title()));
		press(Keys.END, "/presentation/" + deck.last().slug());
		assertThat(title()).isEqualTo(deck.last().title());
		press(Keys.HOME, "/presentation/" + slides.get(0).slug());
		assertThat(title()).isEqualTo(PageText.of(slides.get(0).title()));

		// The browser's Back button returns to the previous slide.
		driver.navigate().back();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> title().equals(deck.last().title()));

		// A reload shows the same slide: its address is its own.
		driver.navigate().refresh();
		assertThat(title()).isEqualTo(deck.last().title());
	}

	@Test
	void the_trainer_pages_pass_the_automatic_accessibility_checks() {
		viewport(1280, 720);
		String room = "integration=structurer&partners=associations&partners=public&member_count=2&legal_entity=oui"
				+ "&purpose=formation&surplus=reinvestis&duration=indeterminee&governance=une_voix";
		StringBuilder readiness = new StringBuilder();
		catalogs.current().prerequisites().forEach(line -> readiness.append("&readiness.").append(line.key()).append("=oui"));
		for (String path : List.of("/presentation", "/presentation/prealables", "/presentation/comparaison",
				"/presentation/plan", "/presentation/handout", "/presentation/questionnaire",
				"/presentation/questionnaire/questions/integration", "/presentation/questionnaire/questions/purpose?" + room,
				"/presentation/questionnaire/questions/readiness?" + room,
				"/presentation/questionnaire/resultat?" + room + readiness,
				"/presentation/questionnaire/et-si?" + room + readiness, "/direct")) {
			driver.get(url(path));
			Results results = new AxeBuilder()
				.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(driver);
			assertThat(results.getPasses()).as(path).isNotEmpty();
			assertThat(results.getViolations()).as(path)
				.extracting(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getTarget().toString()).toList())
				.isEmpty();
		}
	}

	@Test
	void f_toggles_full_screen_and_escape_leaves_it() {
		viewport(1280, 720);
		driver.get(url("/presentation"));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		new Actions(driver).sendKeys("f").perform();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> Boolean.TRUE.equals(js.executeScript("return document.fullscreenElement !== null;")));
		// Changing slide keeps full screen (slides are swapped in place).
		Deck deck = builder.build(catalogs.current());
		press(Keys.ARROW_RIGHT, "/presentation/" + deck.slides().get(1).slug());
		assertThat(js.executeScript("return document.fullscreenElement !== null;")).isEqualTo(true);
		new Actions(driver).sendKeys("f").perform();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> Boolean.TRUE.equals(js.executeScript("return document.fullscreenElement === null;")));
	}

	@Test
	void no_slide_scrolls_at_1280_by_720_nor_at_1920_by_1080_and_body_text_is_at_least_28_px() {
		Deck deck = builder.build(catalogs.current());
		JavascriptExecutor js = (JavascriptExecutor) driver;
		for (int[] size : new int[][] { { 1280, 720 }, { 1920, 1080 } }) {
			viewport(size[0], size[1]);
			for (Slide slide : deck.slides()) {
				driver.get(url("/presentation/" + slide.slug()));
				String where = slide.slug() + " at " + size[0] + "×" + size[1];
				Object overflow = js.executeScript("var b = document.querySelector('.slide__body');"
						+ "var s = document.querySelector('.slide');"
						+ "return [b.scrollHeight - b.clientHeight, s.scrollHeight - s.clientHeight,"
						+ " document.documentElement.scrollHeight - window.innerHeight,"
						+ " document.documentElement.scrollWidth - window.innerWidth];");
				assertThat((List<?>) overflow).as(where).allSatisfy(value -> assertThat(((Number) value).longValue()).isLessThanOrEqualTo(1));
				Object smallest = js.executeScript("var min = 1000; document.querySelectorAll('.slide__body *, .slide__title')"
						+ ".forEach(function (e) { if (e.childNodes.length && e.textContent.trim() && !e.closest('svg')) {"
						+ " min = Math.min(min, parseFloat(getComputedStyle(e).fontSize)); } }); return min;");
				assertThat(((Number) smallest).doubleValue()).as(where).isGreaterThanOrEqualTo(28.0);
				// a drawing's labels are scaled with it: measured as drawn, they stay readable from the back
				Object drawn = js.executeScript("var min = 1000; document.querySelectorAll('.slide__body svg text')"
						+ ".forEach(function (t) { min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a); });"
						+ " return min;");
				assertThat(((Number) drawn).doubleValue()).as(where + ", drawing").isGreaterThanOrEqualTo(16.0);
			}
		}
	}
}
