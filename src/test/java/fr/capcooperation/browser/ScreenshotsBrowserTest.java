package fr.capcooperation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.rules.Answer;

/**
 * Shown, not told: the result, the comparisons and the questions of the heaviest seeded case
 * (an association and a town sharing a training centre, two prerequisites weak) photographed at
 * 390 × 844 (a phone) and 1280 × 900 into {@code target/screenshots/}, with each page's height
 * in screens, its words and weight, where the verdict is and how far « Suivant » is, written to
 * {@code target/screenshots/measurements.md} (the figures of docs/benchmarks.md).
 */
@ExtendWith(Browser.Shared.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreenshotsBrowserTest {

	static final Path FOLDER = Path.of("target", "screenshots");

	/** The viewports people walk the journey with: a phone, and a laptop. */
	static final Map<String, int[]> VIEWPORTS = Map.of("phone", new int[] { 390, 844 }, "desktop",
			new int[] { 1280, 900 });

	private static Browser browser;

	private static final List<String> LINES = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@BeforeAll
	static void openBrowser(Browser shared) {
		browser = shared;
	}

	@AfterAll
	static void writeMeasurements() {
		browser.resetViewport();
		List<String> text = new ArrayList<>();
		text.add("| page | viewport | height (px) | screens | words | HTML (bytes) | first component (px from top) |");
		text.add("|---|---|---|---|---|---|---|");
		text.addAll(LINES);
		write(FOLDER.resolve("measurements.md"), String.join("\n", text) + "\n");
	}

	static Map<String, Answer> trainingCentre() {
		Map<String, Answer> answers = new LinkedHashMap<>(TestJourneys.SEEDED_ANSWERS);
		answers.put("purpose", new Answer.Choices(Set.of("formation", "equipement")));
		answers.put("readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint",
				"en_partie", "valeurs", "non", "objectifs", "oui", "solidarite", "oui", "qualite", "en_partie")));
		return answers;
	}

	/** A merger of two associations, its joint project partly written: the longest roadmap. */
	static Map<String, Answer> merger() {
		Map<String, Answer> answers = new LinkedHashMap<>(TestJourneys.SEEDED_ANSWERS);
		answers.put("integration", new Answer.Choice("fusionner"));
		answers.put("partners", new Answer.Choices(Set.of("associations")));
		answers.put("purpose", new Answer.Choices(Set.of("projet_commun")));
		answers.put("restructuring_scope", new Answer.Choice("tout"));
		answers.put("readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint",
				"en_partie", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		return answers;
	}

	/** The target: the whole result within four screens of a phone, what opens left closed. */
	static final int RESULT_PHONE_SCREENS = 4;

	/** The heights measured, page and viewport → px, for the assertions after the photographs. */
	private static final Map<String, Long> HEIGHTS = new LinkedHashMap<>();

	@Test
	void the_result_the_comparisons_and_every_question_at_both_widths() {
		String token = TestJourneys.withAnswers(journeys, trainingCentre());
		Journey journey = TestJourneys.complete(journeys, token);
		String base = "/questionnaire/" + token;
		String merger = TestJourneys.withAnswers(journeys, merger());
		TestJourneys.complete(journeys, merger);
		for (Map.Entry<String, int[]> viewport : VIEWPORTS.entrySet()) {
			String name = viewport.getKey();
			int width = viewport.getValue()[0];
			int height = viewport.getValue()[1];
			browser.viewport(width, height);
			measure("result", base + "/resultat", name, width, height, "[data-status=RECOMMENDED], .verdict");
			measure("side-by-side", base + "/resultat/comparer", name, width, height, ".side-by-side, .compare");
			measure("comparison", "/comparaison", name, width, height, "table, .comparison");
			measure("plan", base + "/plan", name, width, height, ".plan-steps");
			measure("plan-merger", "/questionnaire/" + merger + "/plan", name, width, height, ".plan-steps");
			journey.flow()
				.visibleQuestions()
				.stream()
				.forEach(question -> measure("question-" + question.key(), base + "/questions/" + question.key(), name,
						width, height, "button[name=action][value=suivant]"));
		}
		assertThat(LINES).isNotEmpty();
		int[] phone = VIEWPORTS.get("phone");
		assertThat(HEIGHTS.get("result phone")).as("the result at 390 × 844, in px (%d screens at most)",
				RESULT_PHONE_SCREENS)
			.isLessThanOrEqualTo((long) RESULT_PHONE_SCREENS * phone[1]);
		assertThat(HEIGHTS.get("result desktop")).as("the result at 1280 × 900 reads in fewer screens than on a phone")
			.isLessThanOrEqualTo((long) RESULT_PHONE_SCREENS * VIEWPORTS.get("desktop")[1]);
	}

	/** Opens a page at this viewport, photographs its first screen and the whole of it, and measures it. */
	private void measure(String page, String path, String viewport, int width, int height, String component) {
		browser.driver.get("http://localhost:" + port + path);
		browser.script("window.scrollTo(0, 0);");
		long pageHeight = number("return document.documentElement.scrollHeight;");
		HEIGHTS.put(page + " " + viewport, pageHeight);
		long words = number("return document.body.innerText.split(/\\s+/).filter(w => w.length > 0).length;");
		long bytes = number(
				"const n = performance.getEntriesByType('navigation')[0]; return n ? n.decodedBodySize : 0;");
		long top = number("const e = document.querySelector(arguments[0]); if (!e) return -1;"
				+ " const r = e.getBoundingClientRect(); return Math.round(r.bottom + window.scrollY);", component);
		String screens = String.format(Locale.ROOT, "%.1f", (double) pageHeight / height);
		LINES.add("| " + page + " | " + width + " × " + height + " | " + pageHeight + " | " + screens + " | " + words
				+ " | " + bytes + " | " + top + " |");
		screenshot(page + "-" + viewport + ".png", 0, width, height);
		if (page.startsWith("result") || page.startsWith("side") || page.startsWith("comparison") || page.startsWith("plan")) {
			screenshot(page + "-" + viewport + "-full.png", 0, width, pageHeight);
			// screen by screen, as a person scrolls it (the whole page is too tall to read at once)
			for (int screen = 1; screen * (long) height < pageHeight && screen < 12; screen++) {
				screenshot(page + "-" + viewport + "-screen-" + (screen + 1) + ".png", screen * (long) height, width,
						Math.min(height, pageHeight - screen * (long) height));
			}
		}
	}

	private long number(String script, Object... args) {
		Object value = browser.script(script, args);
		return value instanceof Number number ? number.longValue() : -1;
	}

	private void screenshot(String file, long top, long width, long height) {
		Map<String, Object> clip = Map.of("x", 0, "y", top, "width", width, "height", height, "scale", 1);
		Map<String, Object> shot = browser.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
		try {
			Files.createDirectories(FOLDER);
			Files.write(FOLDER.resolve(file), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
