package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BeanPropertyBindingResult;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.presentation.LiveSession;
import fr.capcooperation.presentation.LiveSessions;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/**
 * The way in, and everything one finds from there: a login takes each role back to the page it
 * asked for, or to its home; from each role's home, every link of every page it can reach
 * leads to a page that opens for that role (no 404, no 403, no login page), and no page shows
 * a message key or an item's key instead of words.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryPageOfEveryRoleTest {

	/**
	 * What an untranslated message, or a key shown for a name, looks like in a page's text (a key
	 * in a link's address, in Markdown as typed, is not shown as a name).
	 */
	private static final Pattern KEYS = Pattern.compile("\\?\\?|_fr_FR|(?<![#/\\w])[a-z]+_[a-z0-9_]+\\b|\\b[a-z]+(?:_[a-z]+)*\\.[a-z0-9]+(?:-[a-z0-9]+)+\\b"
			+ "|\\b(?:FAVOURS|DISFAVOURS|REQUIRES|EXCLUDES|SINGLE|MULTIPLE|NUMBER|CHECKLIST|ADDED|REMOVED|CHANGED|TRAINER|EDITOR)\\b");
	/** Where the text is a key on purpose, or not text at all. */
	private static final Set<String> NOT_TEXT = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "noscript");
	/** The pages whose links are followed: the accounts' areas and the deck (other pages are only opened). */
	private static final Pattern FOLLOWED = Pattern.compile("/(admin|formateur)(/.*)?|/presentation(/[a-z0-9-]+)?");
	private static final int MOST_PAGES = 800;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	DraftService drafts;

	@Autowired
	ItemTexts texts;

	@Autowired
	LiveSessions sessions;

	@Autowired
	Journeys journeys;

	private LiveSession theirs;

	private LiveSession others;

	@BeforeEach
	void anEveningUnderWay() {
		for (LiveSession open : sessions.openSessions()) {
			sessions.close(open);
		}
		theirs = sessions.open("formatrice");
		TestJourneys.answered(journeys, sessions.startJourney(theirs));
		others = sessions.open("autre-formateur");
		// a draft that differs from the published version, so that diffs and the publication page have something to say
		CooperationForm scop = drafts.draft().content().forms().stream().filter(f -> f.key().equals("scop")).findFirst().orElseThrow();
		CooperationForm changed = new CooperationForm(scop.key(), scop.name(), scop.shortName(), scop.family(), scop.legalPerson(),
				scop.handoutText(), scop.summary() + " Relu pour la soirée.", scop.legalBasis(), scop.members(),
				scop.legalPersonality(), scop.money(), scop.governance(), scop.duration(), scop.formalities(), scop.advantages(),
				scop.limits(), scop.nextSteps(), scop.legalNotes(), scop.notions(), scop.step());
		drafts.save(ItemType.FORM, "scop", texts.fingerprint(scop), changed, null, "alice");
		RuleDefinition rule = drafts.draft().content().rules().get(0);
		drafts.save(ItemType.RULE, rule.key(), texts.fingerprint(rule), new RuleDefinition(rule.key(), rule.form(), rule.kind(),
				rule.weight(), rule.condition(), rule.textHolds() + " (relu)", rule.textFails(), rule.textUnknown()), null, "alice");
	}

	private void createAccount(String username, String password, Role role) {
		if (accounts.find(username).isPresent()) {
			return;
		}
		AccountForms.NewAccount form = new AccountForms.NewAccount();
		form.setUsername(username);
		form.setPassword(password);
		form.setRole(role.name());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "accountForm");
		accounts.create(form, "test", errors);
		assertThat(errors.getAllErrors()).isEmpty();
	}

	/** Asks for a page anonymously, is sent to log in, logs in: where the login leads. */
	private String loginFrom(String asked, String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult sent = mvc.perform(get(asked).session(session)).andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).as(asked).endsWith("/admin/connexion");
		MvcResult login = mvc.perform(post("/admin/connexion").session(session).param("username", username)
			.param("password", password).with(csrf())).andReturn();
		String target = login.getResponse().getRedirectedUrl();
		return target == null ? "" : URI.create(target).getPath();
	}

	@Test
	void a_login_goes_back_to_the_page_asked_for_when_the_role_may_open_it_else_to_the_role_s_home() throws Exception {
		createAccount("camille-formatrice", "Deux-cerfs-volants-au-port", Role.TRAINER);
		createAccount("dominique-redactrice", "Une-lanterne-sur-le-quai", Role.EDITOR);
		assertThat(loginFrom("/formateur/direct", "camille-formatrice", "Deux-cerfs-volants-au-port")).isEqualTo("/formateur/direct");
		assertThat(loginFrom("/formateur/direct/" + theirs.code() + "/ecran", "camille-formatrice", "Deux-cerfs-volants-au-port"))
			.isEqualTo("/formateur/direct/" + theirs.code() + "/ecran");
		// a page that this role may not open: its home instead of a refusal
		assertThat(loginFrom("/admin/brouillon", "camille-formatrice", "Deux-cerfs-volants-au-port")).isEqualTo("/formateur/direct");
		assertThat(loginFrom("/admin/historique", "dominique-redactrice", "Une-lanterne-sur-le-quai")).isEqualTo("/admin/historique");
		assertThat(loginFrom("/admin/comptes", "dominique-redactrice", "Une-lanterne-sur-le-quai")).isEqualTo("/admin/brouillon");
		assertThat(loginFrom("/formateur/direct", "admin", AdminSecurityTest.PASSWORD)).isEqualTo("/formateur/direct");

		// straight to the login page: each role's home
		for (String[] account : List.of(new String[] { "camille-formatrice", "Deux-cerfs-volants-au-port", "/formateur/direct" },
				new String[] { "dominique-redactrice", "Une-lanterne-sur-le-quai", "/admin/brouillon" },
				new String[] { "admin", AdminSecurityTest.PASSWORD, "/admin" })) {
			MvcResult login = mvc.perform(post("/admin/connexion").param("username", account[0]).param("password", account[1])
				.with(csrf())).andReturn();
			assertThat(login.getResponse().getRedirectedUrl()).as(account[0]).isEqualTo(account[2]);
		}
		assertThat(mvc.perform(get("/formateur").with(user("camille-formatrice").roles("TRAINER"))).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/formateur/direct");
	}

	@Test
	void a_trainer_s_home_is_the_live_sessions_with_opening_one_and_the_deck_and_every_link_from_there_opens() throws Exception {
		RequestPostProcessor trainer = user("formatrice").roles("TRAINER");
		Document home = page("/formateur/direct", trainer);
		assertThat(home.selectFirst("h1").text()).isEqualTo("Séances en direct");
		assertThat(home.select("form[action=/formateur/direct] button").text()).isEqualTo("Ouvrir une séance");
		assertThat(home.select("a[href=/presentation]")).isNotEmpty();
		Map<String, String> reached = crawl("/formateur/direct", trainer);
		assertThat(reached).containsKey("/formateur/direct/" + theirs.code())
			.containsKey("/formateur/direct/" + theirs.code() + "/ecran")
			.containsKey("/formateur/direct/" + theirs.code() + "/reinitialiser")
			.containsKey("/presentation/plan")
			.doesNotContainKey("/formateur/direct/" + others.code())
			.doesNotContainKey("/admin/brouillon");
	}

	@Test
	void an_editor_s_home_is_the_draft_and_every_link_from_there_opens_every_kind_of_item_included() throws Exception {
		RequestPostProcessor editor = user("dominique").roles("EDITOR");
		assertThat(mvc.perform(get("/admin").with(editor)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
		Map<String, String> reached = crawl("/admin/brouillon", editor);
		for (ItemType type : ItemType.values()) {
			assertThat(reached.keySet()).as(type.name()).anyMatch(url -> url.startsWith("/admin/brouillon/" + type.slug + "/"));
			if (type.isCreatable()) {
				assertThat(reached).containsKey("/admin/brouillon/" + type.slug + "/nouveau");
			}
		}
		assertThat(reached).doesNotContainKey("/admin/publier").doesNotContainKey("/admin/comptes");
	}

	@Test
	void an_admin_s_home_is_everything_and_every_link_from_there_opens() throws Exception {
		RequestPostProcessor admin = user("alice").roles("ADMIN");
		Map<String, String> reached = crawl("/admin", admin);
		assertThat(reached).containsKeys("/admin/brouillon", "/admin/apercu", "/admin/publier", "/admin/historique",
				"/admin/statistiques", "/admin/comptes", "/admin/journal", "/formateur/direct", "/presentation",
				"/formateur/direct/" + others.code());
		assertThat(reached.keySet()).anyMatch(url -> url.startsWith("/admin/historique/comparer"));
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString());
	}

	/**
	 * Opens every page reachable from {@code start} by links, as {@code who}; fails on a page that
	 * does not open (with the page that links to it) or that shows keys. Returns each page reached
	 * and the page that first linked to it.
	 */
	private Map<String, String> crawl(String start, RequestPostProcessor who) throws Exception {
		Map<String, String> from = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		from.put(start, "(départ)");
		queue.add(start);
		List<String> problems = new ArrayList<>();
		while (!queue.isEmpty() && from.size() < MOST_PAGES) {
			String url = queue.poll();
			MockHttpServletResponse response = open(url, who);
			if (response.getStatus() != 200) {
				problems.add(url + " (lien de " + from.get(url) + ") : " + response.getStatus() + " "
						+ String.valueOf(response.getRedirectedUrl()));
				continue;
			}
			String type = String.valueOf(response.getContentType());
			if (!type.startsWith("text/html") || !FOLLOWED.matcher(URI.create(url).getPath()).matches()) {
				continue;
			}
			Document page = Jsoup.parse(response.getContentAsString());
			keysIn(page.body()).forEach(key -> problems.add(url + " montre « " + key + " »"));
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//")) {
					String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
					if (!target.isEmpty() && !from.containsKey(target)) {
						from.put(target, url);
						queue.add(target);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(from.size()).isLessThan(MOST_PAGES);
		return from;
	}

	/** A page as its visitor gets it, through redirects; the login page counts as not opening. */
	private MockHttpServletResponse open(String url, RequestPostProcessor who) throws Exception {
		String current = url;
		for (int hops = 0; hops < 5; hops++) {
			MockHttpServletResponse response = mvc.perform(get(current).with(who)).andReturn().getResponse();
			String location = response.getRedirectedUrl();
			if (response.getStatus() / 100 != 3 || location == null || location.contains("/admin/connexion")) {
				return response;
			}
			current = location;
		}
		throw new IllegalStateException("too many redirects from " + url);
	}

	/** The keys a page shows in its text, outside code and form fields. */
	private static List<String> keysIn(Element root) {
		List<String> found = new ArrayList<>();
		for (Node node : root.childNodes()) {
			if (node instanceof TextNode text) {
				Matcher matcher = KEYS.matcher(text.text());
				while (matcher.find()) {
					found.add(matcher.group());
				}
			}
			else if (node instanceof Element element && !NOT_TEXT.contains(element.tagName())) {
				found.addAll(keysIn(element));
			}
		}
		return found;
	}
}
