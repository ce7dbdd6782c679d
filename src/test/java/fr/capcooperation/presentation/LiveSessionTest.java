package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.web.PageText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live session as the evening goes: a trainer opens it, attendees join with the code and
 * answer the normal questionnaire through the public pages, the projector's figures match
 * what they answered, stay hidden until revealed, and start again from zero on reset.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LiveSessionTest {

	private static final RequestPostProcessor TRAINER = user("formatrice").roles("TRAINER");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalogs;

	@Autowired
	JsonMapper json;

	@Autowired
	LiveSessions sessions;

	private String open() throws Exception {
		MvcResult result = mvc.perform(post("/formateur/direct").with(csrf()).with(TRAINER)).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/formateur/direct/[" + SessionCodes.ALPHABET + "]{4}");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private JsonNode results(String code) throws Exception {
		MvcResult result = mvc.perform(get("/formateur/direct/" + code + "/resultats").with(TRAINER)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return json.readTree(result.getResponse().getContentAsString());
	}

	private void trainerPost(String code, String action) throws Exception {
		MvcResult result = mvc.perform(post("/formateur/direct/" + code + "/" + action).with(csrf()).with(TRAINER)).andReturn();
		assertThat(result.getResponse().getStatus()).as(action).isEqualTo(302);
	}

	/** The projector's screen after the console projected a view (a question's key, ":2" for its second page). */
	private Document screen(String code, String view) throws Exception {
		MvcResult projected = mvc.perform(post("/formateur/direct/" + code + "/projeter").param("vue", view).with(csrf())
			.with(TRAINER)).andReturn();
		assertThat(projected.getResponse().getRedirectedUrl()).isEqualTo("/formateur/direct/" + code);
		return page(get("/formateur/direct/" + code + "/ecran").with(TRAINER));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	/** What one attendee answers: deterministic, different from one attendee to the next. */
	private static Answer answerFor(Catalog catalog, Question question, int attendee) {
		List<Option> options = question.options();
		return switch (question.type()) {
			case SINGLE -> new Answer.Choice(options.get((attendee + question.key().length()) % options.size()).key());
			case MULTIPLE -> {
				Set<String> chosen = new LinkedHashSet<>();
				chosen.add(options.get(attendee % options.size()).key());
				chosen.add(options.get((attendee * 3 + 1) % options.size()).key());
				yield new Answer.Choices(chosen);
			}
			case NUMBER -> new Answer.Number(2 + attendee % 12);
			case CHECKLIST -> {
				Map<String, String> levels = new LinkedHashMap<>();
				List<Prerequisite> lines = catalog.prerequisites();
				for (int i = 0; i < lines.size(); i++) {
					levels.put(lines.get(i).key(), options.get((attendee + i) % options.size()).key());
				}
				yield new Answer.Checklist(levels);
			}
		};
	}

	private static void fill(MockHttpServletRequestBuilder request, String key, Answer answer) {
		if (answer instanceof Answer.Choice choice) {
			request.param(key, choice.option());
		}
		else if (answer instanceof Answer.Choices choices) {
			request.param(key, choices.options().toArray(String[]::new));
		}
		else if (answer instanceof Answer.Number number) {
			request.param(key, String.valueOf(number.value()));
		}
		else if (answer instanceof Answer.Checklist checklist) {
			checklist.levels().forEach((line, level) -> request.param(key + "." + line, level));
		}
	}

	/**
	 * One attendee through the public pages: join with the code, then answer each question the
	 * questionnaire shows, in its order; stops after {@code stopAfter} answers if positive.
	 * Returns the answers given.
	 */
	private Map<String, Answer> attend(String code, int attendee, int stopAfter) throws Exception {
		Catalog catalog = catalogs.current();
		MvcResult joined = mvc.perform(post("/direct").param("code", code.toLowerCase()).with(csrf())).andReturn();
		String journey = joined.getResponse().getRedirectedUrl();
		assertThat(journey).matches("/questionnaire/[A-Za-z0-9_-]{43}");
		String next = mvc.perform(get(journey)).andReturn().getResponse().getRedirectedUrl();
		Map<String, Answer> given = new LinkedHashMap<>();
		while (next != null && next.contains("/questions/")) {
			if (stopAfter > 0 && given.size() >= stopAfter) {
				return given;
			}
			String key = next.substring(next.lastIndexOf('/') + 1);
			Question question = catalog.question(key).orElseThrow();
			Answer answer = answerFor(catalog, question, attendee);
			MockHttpServletRequestBuilder request = post(next).with(csrf());
			fill(request, key, answer);
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as(key).isEqualTo(302);
			given.put(key, answer);
			next = result.getResponse().getRedirectedUrl();
		}
		assertThat(next).endsWith("/recapitulatif");
		mvc.perform(post(journey + "/resultat").with(csrf()));
		return given;
	}

	@Test
	void one_hundred_and_fifty_attendees_answering_at_once_give_exact_figures_hidden_until_revealed() throws Exception {
		String code = open();
		int attendees = 150;
		Map<Integer, Map<String, Answer>> given = new ConcurrentHashMap<>();
		Set<Integer> finished = ConcurrentHashMap.newKeySet();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < attendees; i++) {
				int attendee = i;
				futures.add(pool.submit(() -> {
					try {
						int stopAfter = attendee % 10 == 0 ? 3 : 0; // one in ten stops halfway
						given.put(attendee, attend(code, attendee, stopAfter));
						if (stopAfter == 0) {
							finished.add(attendee);
						}
					}
					catch (Exception | AssertionError ex) {
						failures.incrementAndGet();
						throw new IllegalStateException(ex);
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(failures).hasValue(0);

		// Hidden: the counts of people only, no figure per question, no form.
		JsonNode hidden = results(code);
		assertThat(hidden.get("revealed").asBoolean()).isFalse();
		assertThat(hidden.get("participants").asInt()).isEqualTo(attendees);
		assertThat(hidden.get("finished").asInt()).isEqualTo(finished.size());
		assertThat(hidden.get("questions")).isEmpty();
		assertThat(hidden.get("forms")).isEmpty();
		Document hiddenPage = screen(code, "integration");
		assertThat(hiddenPage.select(".bar")).isEmpty();
		assertThat(hiddenPage.selectFirst(".live__hidden")).isNotNull();
		// the trainer's console shows them, for the trainer alone
		Document console = page(get("/formateur/direct/" + code).with(TRAINER));
		assertThat(console.select(".console__figures .bar")).isNotEmpty();

		trainerPost(code, "reveler");
		JsonNode revealed = results(code);
		assertThat(revealed.get("revealed").asBoolean()).isTrue();
		Catalog catalog = catalogs.current();

		for (JsonNode question : revealed.get("questions")) {
			String key = question.get("key").asString();
			List<Answer> answers = given.values().stream().map(map -> map.get(key)).filter(a -> a != null).toList();
			assertThat(question.get("answered").asInt()).as(key).isEqualTo(answers.size());
			for (JsonNode share : question.get("options")) {
				String option = share.get("key").asString();
				long expected = answers.stream().filter(answer -> matches(answer, option)).count();
				assertThat(share.get("count").asInt()).as(key + "=" + option).isEqualTo((int) expected);
				assertThat(share.get("percent").asInt()).as(key + "=" + option)
					.isEqualTo(answers.isEmpty() ? 0 : (int) Math.round(expected * 100.0 / answers.size()));
			}
			for (JsonNode line : question.get("lines")) {
				for (JsonNode level : line.get("levels")) {
					long expected = answers.stream()
						.filter(answer -> level.get("key").asString()
							.equals(((Answer.Checklist) answer).levels().get(line.get("key").asString())))
						.count();
					assertThat(level.get("count").asInt()).isEqualTo((int) expected);
				}
			}
		}
		assertThat(revealed.get("questions")).hasSize(catalog.questions().size());

		// The forms recommended first, for the attendees who finished.
		Map<String, Integer> expectedForms = new LinkedHashMap<>();
		for (int attendee : finished) {
			List<FormAssessment> first = catalog.engine().evaluate(Answers.of(given.get(attendee))).recommended();
			first.forEach(form -> expectedForms.merge(form.form(), 1, Integer::sum));
			if (first.isEmpty()) {
				expectedForms.merge(LiveContribution.NO_RECOMMENDATION, 1, Integer::sum);
			}
		}
		Map<String, Integer> shownForms = new LinkedHashMap<>();
		revealed.get("forms").forEach(form -> shownForms.put(form.get("key").asString(), form.get("count").asInt()));
		assertThat(shownForms).isEqualTo(expectedForms);

		// The projector's screen shows the same figures as bars with counts.
		Document page = page(get("/formateur/direct/" + code + "/ecran").with(TRAINER));
		int integrationTotal = page.select(".bar").stream().mapToInt(bar -> Integer.parseInt(bar.attr("data-count"))).sum();
		assertThat(integrationTotal).isEqualTo(attendees);
		assertThat(page.selectFirst(".live__code").text()).isEqualTo(code);
	}

	private static boolean matches(Answer answer, String key) {
		if (answer instanceof Answer.Choice choice) {
			return choice.option().equals(key);
		}
		if (answer instanceof Answer.Choices choices) {
			return choices.options().contains(key);
		}
		if (answer instanceof Answer.Number number) {
			int value = number.value();
			return switch (key) {
				case "2-2" -> value <= 2;
				case "3-4" -> value >= 3 && value <= 4;
				case "5-6" -> value >= 5 && value <= 6;
				case "7-9" -> value >= 7 && value <= 9;
				case "10+" -> value >= 10;
				default -> throw new IllegalArgumentException(key);
			};
		}
		return false;
	}

	@Test
	void reset_starts_again_from_zero_under_the_same_code_and_close_turns_attendees_away() throws Exception {
		String code = open();
		attend(code, 1, 0);
		attend(code, 2, 2);
		trainerPost(code, "reveler");
		assertThat(results(code).get("participants").asInt()).isEqualTo(2);

		trainerPost(code, "reinitialiser");
		JsonNode reset = results(code);
		assertThat(reset.get("code").asString()).isEqualTo(code);
		assertThat(reset.get("participants").asInt()).isZero();
		assertThat(reset.get("revealed").asBoolean()).isFalse();
		attend(code, 3, 0);
		assertThat(results(code).get("participants").asInt()).isEqualTo(1);

		trainerPost(code, "fermer");
		assertThat(mvc.perform(get("/formateur/direct/" + code + "/resultats").with(TRAINER)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/direct/" + code)).andReturn().getResponse().getStatus()).isEqualTo(404);
		MvcResult refused = mvc.perform(post("/direct").param("code", code).with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).selectFirst("#code-error").text())
			.endsWith("La séance " + code + " est terminée : le formateur l’a fermée. Vous pouvez répondre seul au questionnaire.");
	}

	@Test
	void resetting_and_closing_are_asked_for_with_what_they_do_before_anything_happens() throws Exception {
		String code = open();
		attend(code, 1, 2);
		Document console = page(get("/formateur/direct/" + code).with(TRAINER));
		// the console offers both as links to a confirmation, never as a button that acts at once
		assertThat(console.select("form[action$=/reinitialiser], form[action$=/fermer]")).isEmpty();
		Document askReset = page(get(console.selectFirst("a[href$=/reinitialiser]").attr("href")).with(TRAINER));
		assertThat(askReset.selectFirst("h1").text()).isEqualTo(PageText.of("Réinitialiser la séance " + code + " ?"));
		assertThat(askReset.text()).contains("1 participant", "ne compteront plus", "Le code reste " + code);
		assertThat(askReset.selectFirst("form.actions[method=post]").attr("action")).isEqualTo("/formateur/direct/" + code + "/reinitialiser");
		assertThat(askReset.selectFirst("a[href=/formateur/direct/" + code + "]").text()).isEqualTo("Non, revenir à la console");
		Document askClose = page(get(console.selectFirst("a[href$=/fermer]").attr("href")).with(TRAINER));
		assertThat(askClose.selectFirst("h1").text()).isEqualTo(PageText.of("Fermer la séance " + code + " ?"));
		assertThat(askClose.selectFirst("form.actions[method=post]").attr("action")).isEqualTo("/formateur/direct/" + code + "/fermer");
		// asking changed nothing
		assertThat(results(code).get("participants").asInt()).isEqualTo(1);
	}

	@Test
	void the_projector_s_screen_holds_no_control_and_shows_what_the_console_projects() throws Exception {
		String code = open();
		Document overview = page(get("/formateur/direct/" + code + "/ecran").with(TRAINER));
		assertThat(overview.select("main button, main form, main a")).isEmpty();
		assertThat(overview.select("form:not([hidden])")).isEmpty();
		assertThat(overview.selectFirst("h1").text()).isEqualTo("Rejoignez la séance");
		Document question = screen(code, "integration");
		assertThat(question.selectFirst("h1").text()).isEqualTo(PageText.of(catalogs.current().question("integration").orElseThrow().label()));
		assertThat(results(code).get("projected").asString()).isEqualTo("integration");
		// the remote's keys post the hidden forms: next, then previous
		mvc.perform(post("/formateur/direct/" + code + "/projeter").param("sens", "suivant").param("depuis", "ecran")
			.with(csrf()).with(TRAINER));
		assertThat(results(code).get("projected").asString()).isEqualTo(catalogs.current().questions().get(1).key());
		mvc.perform(post("/formateur/direct/" + code + "/projeter").param("sens", "precedent").with(csrf()).with(TRAINER));
		mvc.perform(post("/formateur/direct/" + code + "/projeter").param("sens", "precedent").with(csrf()).with(TRAINER));
		mvc.perform(post("/formateur/direct/" + code + "/projeter").param("sens", "precedent").with(csrf()).with(TRAINER));
		assertThat(results(code).get("projected").isNull()).isTrue();
		assertThat(mvc.perform(post("/formateur/direct/" + code + "/projeter").param("vue", "no_such_question").with(csrf())
			.with(TRAINER)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void attendees_see_the_session_they_are_in_and_are_told_when_it_was_reset_or_closed() throws Exception {
		String code = open();
		String journey = mvc.perform(post("/direct").param("code", code).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String first = mvc.perform(get(journey)).andReturn().getResponse().getRedirectedUrl();
		assertThat(page(get(first)).selectFirst(".journey-notice").text())
			.isEqualTo("Séance en direct " + code + " : vos réponses comptent, anonymes, dans les résultats de la salle.");
		trainerPost(code, "reinitialiser");
		Document afterReset = page(get(first));
		assertThat(afterReset.selectFirst(".journey-notice").text()).startsWith("La séance " + code + " a été réinitialisée");
		assertThat(afterReset.selectFirst(".journey-notice a").attr("href")).isEqualTo("/direct/" + code);
		trainerPost(code, "fermer");
		assertThat(page(get(first)).selectFirst(".journey-notice").text()).startsWith("La séance " + code + " est terminée");
		// an ordinary journey says nothing of the kind
		String alone = mvc.perform(post("/questionnaire").with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String aloneFirst = mvc.perform(get(alone)).andReturn().getResponse().getRedirectedUrl();
		assertThat(page(get(aloneFirst)).select(".journey-notice")).isEmpty();
	}

	@Test
	void deleted_answers_and_answers_hidden_by_a_later_one_leave_the_figures() throws Exception {
		String code = open();
		trainerPost(code, "reveler");
		attend(code, 1, 0);
		attend(code, 2, 0);
		assertThat(results(code).get("participants").asInt()).isEqualTo(2);
		String third = mvc.perform(post("/direct").param("code", code).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(results(code).get("participants").asInt()).isEqualTo(3);
		mvc.perform(post(third + "/supprimer").with(csrf()));
		JsonNode after = results(code);
		assertThat(after.get("participants").asInt()).isEqualTo(2);
		assertThat(after.get("finished").asInt()).isEqualTo(2);
		int forms = 0;
		for (JsonNode form : after.get("forms")) {
			forms += form.get("count").asInt();
		}
		assertThat(forms).isGreaterThanOrEqualTo(2);
	}

	@Test
	void a_question_with_many_options_is_split_over_projector_pages_that_follow_each_other() throws Exception {
		String code = open();
		trainerPost(code, "reveler");
		List<String> shown = new ArrayList<>();
		Document page = screen(code, "purpose");
		int pages = 0;
		while (page.selectFirst("h1").text().equals(PageText.of(catalogs.current().question("purpose").orElseThrow().label()))) {
			pages++;
			assertThat(page.select(".bar")).hasSizeLessThanOrEqualTo(LiveSessionController.OPTIONS_PER_SLIDE);
			page.select(".bar").forEach(bar -> shown.add(bar.attr("data-key")));
			mvc.perform(post("/formateur/direct/" + code + "/projeter").param("sens", "suivant").with(csrf()).with(TRAINER));
			page = page(get("/formateur/direct/" + code + "/ecran").with(TRAINER));
		}
		assertThat(pages).isGreaterThan(1);
		assertThat(shown).containsExactlyElementsOf(
				catalogs.current().question("purpose").orElseThrow().options().stream().map(Option::key).toList());
	}

	@Test
	void codes_are_four_unambiguous_letters_unique_among_open_sessions() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 60; i++) {
			String code = sessions.open("formateur").code();
			assertThat(code).matches("[" + SessionCodes.ALPHABET + "]{4}").doesNotContain("I", "O", "L", "S", "Z", "B");
			assertThat(codes.add(code)).as(code).isTrue();
		}
		assertThat(SessionCodes.normalise(" kx-rt ")).hasValue("KXRT");
		assertThat(SessionCodes.normalise("KIRT")).isEmpty();
		assertThat(SessionCodes.normalise("KXR")).isEmpty();
		assertThat(SessionCodes.normalise("KXR7")).isEmpty();
	}

	@Test
	void the_session_qr_code_leads_to_the_join_page_of_the_session() throws Exception {
		String code = open();
		String svg = mvc.perform(get("/direct/" + code + "/qr.svg")).andReturn().getResponse().getContentAsString();
		assertThat(QrCodeTest.decodeSvg(svg)).isEqualTo("http://localhost:8080/direct/" + code);
		Document welcome = Jsoup.parse(mvc.perform(get("/direct/" + code)).andReturn().getResponse().getContentAsString());
		assertThat(welcome.selectFirst("h1").text()).isEqualTo("Séance " + code);
		assertThat(welcome.selectFirst("form").attr("action")).isEqualTo("/direct/" + code);
	}

	@Test
	void what_is_wrong_with_a_typed_code_is_said_as_it_is() throws Exception {
		String open = open();
		Map<String, String> said = new LinkedHashMap<>();
		said.put("", "Saisissez le code de la séance : les quatre lettres affichées à l’écran.");
		said.put("ABCD", "Aucun code ne contient la lettre B : les codes n’utilisent jamais B, I, L, O, S, Z, "
				+ "pour qu’on ne les confonde pas avec des chiffres. Vérifiez le code affiché à l’écran.");
		said.put("KXR", "Le code compte quatre lettres ; vous en avez saisi 3.");
		said.put("KXRTT", "Le code compte quatre lettres ; vous en avez saisi 5.");
		said.put("KXR7", "Un code ne contient que des lettres, jamais de chiffre (vous avez saisi « 7 ») : "
				+ "vérifiez le code affiché à l’écran.");
		said.put("KX.T", "Un code ne contient que des lettres : retirez les autres signes.");
		String unused = "ACDE";
		for (int i = 0; sessions.findOpen(unused).isPresent() || sessions.endedRecently(unused); i++) {
			unused = SessionCodes.draw();
		}
		said.put(unused, "Aucune séance ouverte n’a le code " + unused + " : vérifiez-le à l’écran.");
		said.forEach((typed, expected) -> {
			try {
				MvcResult result = mvc.perform(post("/direct").param("code", typed).with(csrf())).andReturn();
				assertThat(result.getResponse().getStatus()).as(typed).isEqualTo(400);
				Document page = Jsoup.parse(result.getResponse().getContentAsString());
				assertThat(page.selectFirst("#code-error").text()).as(typed).isEqualTo(PageText.of("Erreur :" + expected));
				assertThat(page.selectFirst(".error-summary a").text()).as(typed).isEqualTo(PageText.of(expected));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		// a code typed in lower case, with spaces, joins
		assertThat(mvc.perform(post("/direct").param("code", " " + open.substring(0, 2).toLowerCase() + " " + open.substring(2))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl()).startsWith("/questionnaire/");
	}

	@Test
	void a_mistyped_code_is_explained_next_to_the_field_with_status_400() throws Exception {
		MvcResult result = mvc.perform(post("/direct").param("code", "12").with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("#code").attr("aria-describedby")).contains("code-error");
		assertThat(page.selectFirst("#code").attr("value")).isEqualTo("12");
		assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#code");
		assertThat(mvc.perform(get("/direct")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	/** Only a trainer or an admin opens, projects, reveals, hides, resets or closes a session; and only their own, for a trainer. */
	@Nested
	class OnlyTheirTrainer {

		private List<MockHttpServletRequestBuilder> actions(String code) {
			return List.of(get("/formateur/direct/" + code), get("/formateur/direct/" + code + "/ecran"),
					get("/formateur/direct/" + code + "/resultats"),
					post("/formateur/direct/" + code + "/projeter").param("vue", "integration").with(csrf()),
					post("/formateur/direct/" + code + "/projeter").param("sens", "suivant").with(csrf()),
					post("/formateur/direct/" + code + "/reveler").with(csrf()),
					post("/formateur/direct/" + code + "/masquer").with(csrf()),
					get("/formateur/direct/" + code + "/reinitialiser"),
					post("/formateur/direct/" + code + "/reinitialiser").with(csrf()),
					get("/formateur/direct/" + code + "/fermer"),
					post("/formateur/direct/" + code + "/fermer").with(csrf()));
		}

		private List<MockHttpServletRequestBuilder> everything(String code) {
			List<MockHttpServletRequestBuilder> all = new ArrayList<>(
					List.of(get("/formateur/direct"), post("/formateur/direct").with(csrf())));
			all.addAll(actions(code));
			return all;
		}

		@Test
		void anonymous_visitors_are_refused() throws Exception {
			String code = sessions.open("formateur").code();
			for (MockHttpServletRequestBuilder action : everything(code)) {
				int status = mvc.perform(action).andReturn().getResponse().getStatus();
				assertThat(status).isIn(401, 403, 302);
			}
			assertThat(sessions.findOpen(code)).hasValueSatisfying(session -> assertThat(session.revealed()).isFalse());
		}

		@Test
		@WithMockUser(roles = "EDITOR")
		void a_user_with_another_role_gets_403() throws Exception {
			String code = sessions.open("formateur").code();
			for (MockHttpServletRequestBuilder action : everything(code)) {
				assertThat(mvc.perform(action).andReturn().getResponse().getStatus()).isEqualTo(403);
			}
			assertThat(sessions.findOpen(code)).isPresent();
		}

		@Test
		void another_trainer_is_refused_on_every_page_and_action_of_the_session_and_does_not_see_it_listed() throws Exception {
			String code = sessions.open("formateur").code();
			RequestPostProcessor other = user("autre-formateur").roles("TRAINER");
			for (MockHttpServletRequestBuilder action : actions(code)) {
				MvcResult result = mvc.perform(action.with(other)).andReturn();
				assertThat(result.getResponse().getStatus()).as(action.toString()).isEqualTo(403);
				assertThat(result.getResponse().getContentAsString()).as(action.toString())
					.contains("La séance " + code + " n’est pas la vôtre");
			}
			LiveSession untouched = sessions.findOpen(code).orElseThrow();
			assertThat(untouched.revealed()).isFalse();
			assertThat(untouched.projected()).isNull();
			assertThat(page(get("/formateur/direct").with(other)).select("a[href=/formateur/direct/" + code + "]")).isEmpty();
		}

		@Test
		void a_trainer_runs_their_own_session() throws Exception {
			String code = sessions.open("formatrice").code();
			for (MockHttpServletRequestBuilder action : actions(code)) {
				int status = mvc.perform(action.with(TRAINER)).andReturn().getResponse().getStatus();
				assertThat(status).as(action.toString()).isIn(200, 302);
			}
			assertThat(sessions.findOpen(code)).isEmpty();
		}

		@Test
		void an_admin_sees_and_runs_every_session() throws Exception {
			String code = sessions.open("formateur").code();
			RequestPostProcessor admin = user("administratrice").roles("ADMIN");
			Document list = page(get("/formateur/direct").with(admin));
			assertThat(list.selectFirst("a[href=/formateur/direct/" + code + "]").text()).contains("ouverte par formateur");
			for (MockHttpServletRequestBuilder action : actions(code)) {
				int status = mvc.perform(action.with(admin)).andReturn().getResponse().getStatus();
				assertThat(status).as(action.toString()).isIn(200, 302);
			}
			assertThat(sessions.findOpen(code)).isEmpty();
		}
	}
}
