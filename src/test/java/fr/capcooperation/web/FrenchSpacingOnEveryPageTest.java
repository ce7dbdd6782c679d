package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * French spacing on every page a person reads: the public pages and everything linked from them,
 * a finished journey (each question, the review, the result, the comparison, the plan), and the
 * back-office as an admin reaches it. No ordinary space (which a line may break) before « ; », « : »,
 * « ! », « ? » or « » », nor after « « », in the text as the browser shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrenchSpacingOnEveryPageTest {

	/** An ordinary space where French wants a no-break one (whitespace runs collapse to one space, as rendered). */
	private static final Pattern BREAKABLE = Pattern.compile(".{0,30}(?: [;:!?»]|« ).{0,30}");

	private static final Set<String> NOT_TEXT = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea",
			"noscript", "template");

	private static final int MOST_PAGES = 900;

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	@Test
	void no_page_lets_a_line_break_before_french_punctuation() throws Exception {
		String token = TestJourneys.withAnswers(journeys, TestJourneys.SEEDED_ANSWERS);
		Journey journey = TestJourneys.complete(journeys, token);
		List<String> starts = new ArrayList<>(List.of("/", "/formes", "/notions", "/comparaison", "/glossaire", "/sources",
				"/questionnaire", "/questionnaire/" + token + "/resultat", "/questionnaire/" + token + "/resultat/comparer",
				"/questionnaire/" + token + "/recapitulatif", "/questionnaire/" + token + "/plan"));
		journey.flow().visibleQuestions().forEach(q -> starts.add("/questionnaire/" + token + "/questions/" + q.key()));
		List<String> problems = new ArrayList<>();
		Set<String> seen = crawl(starts, request -> request, problems);
		Set<String> admin = crawl(List.of("/admin", "/formateur/direct"), user("alice").roles("ADMIN"), problems);
		assertThat(seen).hasSizeGreaterThan(20);
		assertThat(admin).hasSizeGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	private Set<String> crawl(List<String> starts, RequestPostProcessor who, List<String> problems) throws Exception {
		Set<String> seen = new LinkedHashSet<>(starts);
		Deque<String> queue = new ArrayDeque<>(starts);
		while (!queue.isEmpty() && seen.size() < MOST_PAGES) {
			String url = queue.poll();
			MockHttpServletResponse response = mvc.perform(get(url).with(who)).andReturn().getResponse();
			if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
				continue;
			}
			Element body = Jsoup.parse(response.getContentAsString()).body();
			String text = visibleText(body, new StringBuilder()).toString().replaceAll("[ \\t\\n\\r\\f]+", " ");
			Matcher matcher = BREAKABLE.matcher(text);
			while (matcher.find()) {
				problems.add(url + " : « " + matcher.group().strip() + " »");
			}
			for (Element link : body.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/api") && !href.contains("/deconnexion")) {
					String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
					String path = URI.create(target.isEmpty() ? "/" : target).getPath();
					if (!target.isEmpty() && !path.endsWith(".pdf") && !path.endsWith("/pdf") && seen.add(target)) {
						queue.add(target);
					}
				}
			}
		}
		return seen;
	}

	/** The text as shown: every text node outside code and scripts, as written (no-break spaces kept). */
	private static StringBuilder visibleText(Element element, StringBuilder text) {
		for (Node node : element.childNodes()) {
			if (node instanceof TextNode textNode) {
				text.append(textNode.getWholeText());
			}
			else if (node instanceof Element child && !NOT_TEXT.contains(child.tagName())) {
				if (child.isBlock()) {
					text.append('\n');
				}
				visibleText(child, text);
				if (child.isBlock()) {
					text.append('\n');
				}
			}
		}
		return text;
	}
}
