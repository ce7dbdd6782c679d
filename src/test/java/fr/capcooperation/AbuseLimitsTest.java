package fr.capcooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.capcooperation.presentation.LiveSession;
import fr.capcooperation.presentation.LiveSessions;

/**
 * Abuse that costs the abuser (issue 14), with the limits as shipped (the other tests raise
 * them: all their requests come from one address): logins, live-session codes and joins, new
 * journeys, each bounded per client; another client is never hindered. Each test speaks from
 * addresses of its own.
 */
@SpringBootTest(properties = { "capcoop.test.context=abuse-limits", "capcoop.rate-limits.logins=10/10m",
		"capcoop.rate-limits.code-guesses=30/10m", "capcoop.rate-limits.attendees=200/1h,600/1d",
		"capcoop.rate-limits.journeys=120/10m,600/1d" })
@AutoConfigureMockMvc
class AbuseLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LiveSessions sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CapCoopSettings settings;

	private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	private static void count(Map<Integer, Integer> statuses, MvcResult result) {
		statuses.merge(result.getResponse().getStatus(), 1, Integer::sum);
	}

	@Test
	void the_limits_tested_here_are_the_shipped_ones() {
		CapCoopSettings.RateLimits shipped = new Binder(List.of(new MapConfigurationPropertySource()), null,
				ApplicationConversionService.getSharedInstance())
			.bindOrCreate("capcoop.rate-limits", CapCoopSettings.RateLimits.class);
		assertThat(settings.rateLimits()).isEqualTo(shipped);
	}

	@Test
	void a_client_that_guesses_logins_gets_ten_checked_then_waits_without_costing_anything() throws Exception {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED'", Integer.class);
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		for (int i = 0; i < 40; i++) {
			MvcResult result = mvc.perform(from(post("/admin/connexion"), "203.0.113.10").param("username", "admin-" + (i % 7))
				.param("password", "devine-" + i)
				.with(csrf())).andReturn();
			outcomes.merge(result.getResponse().getRedirectedUrl(), 1, Integer::sum);
		}
		assertThat(outcomes).containsEntry("/admin/connexion?erreur", 10).containsEntry("/admin/connexion?trop=1", 30);
		Integer after = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED'", Integer.class);
		assertThat(after - before).as("only the checked attempts are in the audit log").isEqualTo(10);
		String page = mvc.perform(get("/admin/connexion?trop=1")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("[role=alert]").text()).contains("Trop d’essais", "1 minute");
		MvcResult other = mvc.perform(from(post("/admin/connexion"), "203.0.113.11").param("username", "admin")
			.param("password", "Un-mot-de-passe-solide-42")
			.with(csrf())).andReturn();
		assertThat(other.getResponse().getRedirectedUrl()).as("another client logs in").isEqualTo("/admin");
	}

	@Test
	void a_sweep_of_live_session_codes_stops_after_thirty_wrong_ones() throws Exception {
		LiveSession open = sessions.open("formatrice");
		Map<Integer, Integer> statuses = new LinkedHashMap<>();
		String alphabet = "ACDEFGHJKMNPQRTUVWXY";
		int tried = 0;
		for (int i = 0; tried < 200; i++) {
			String code = "" + alphabet.charAt(i % 20) + alphabet.charAt(i / 20 % 20) + "QQ";
			if (code.equals(open.code())) {
				continue;
			}
			tried++;
			count(statuses, mvc.perform(from(post("/direct"), "203.0.113.20").param("code", code).with(csrf())).andReturn());
		}
		// the allowance refills as it goes (one guess every 20 s): a slow run gets one or two more
		assertThat(statuses.get(400)).isBetween(30, 33);
		assertThat(statuses.get(400) + statuses.get(429)).isEqualTo(200);
		MvcResult refused = mvc.perform(from(post("/direct"), "203.0.113.20").param("code", open.code()).with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).as("even the right code, until the wait is over").isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("#code-error").text())
			.contains("Trop de codes inexacts", "minute");
		assertThat(mvc.perform(from(get("/direct/" + open.code()), "203.0.113.20")).andReturn().getResponse().getStatus())
			.as("nor through the QR code's address").isEqualTo(429);
		assertThat(mvc.perform(from(post("/direct"), "203.0.113.21").param("code", open.code()).with(csrf()))
			.andReturn().getResponse().getStatus()).as("another client joins").isEqualTo(302);
	}

	@Test
	void right_codes_do_not_count_as_guesses() throws Exception {
		LiveSession open = sessions.open("formatrice");
		for (int i = 0; i < 60; i++) {
			assertThat(mvc.perform(from(get("/direct/" + open.code()), "203.0.113.30")).andReturn().getResponse().getStatus())
				.isEqualTo(200);
		}
	}

	@Test
	void one_client_cannot_fill_a_live_session_but_a_room_on_one_wifi_still_joins() throws Exception {
		LiveSession open = sessions.open("formatrice");
		Map<Integer, Integer> statuses = new LinkedHashMap<>();
		for (int i = 0; i < 1_500; i++) {
			count(statuses, mvc.perform(from(post("/direct/" + open.code()), "203.0.113.40").with(csrf())).andReturn());
		}
		// the allowance refills as it goes (one join every 18 s): a slow run gets one or two more
		assertThat(statuses.get(302)).isBetween(200, 203);
		assertThat(statuses.get(302) + statuses.get(429)).isEqualTo(1_500);
		Integer attendees = jdbc.queryForObject("SELECT COUNT(*) FROM live_session_journey WHERE live_session_id = ?",
				Integer.class, open.id());
		assertThat(attendees).isEqualTo(statuses.get(302));
		MvcResult refused = mvc.perform(from(post("/direct"), "203.0.113.40").param("code", open.code()).with(csrf())).andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("#code-error").text())
			.contains("Trop de participants", "données mobiles");
	}

	@Test
	void journeys_are_bounded_per_client_so_that_statistics_cannot_be_flooded() throws Exception {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM questionnaire_response", Integer.class);
		Map<Integer, Integer> statuses = new LinkedHashMap<>();
		for (int i = 0; i < 300; i++) {
			count(statuses, mvc.perform(from(post("/questionnaire"), "2001:db8:50:1::" + Integer.toHexString(i + 1)).with(csrf()))
				.andReturn());
		}
		// the allowance refills as it goes (one journey every 5 s): a slow run gets a few more
		assertThat(statuses.get(302)).as("one /64 network is one client").isBetween(120, 130);
		assertThat(statuses.get(302) + statuses.get(429)).isEqualTo(300);
		Integer after = jdbc.queryForObject("SELECT COUNT(*) FROM questionnaire_response", Integer.class);
		assertThat(after - before).isEqualTo(statuses.get(302));
		MvcResult refused = mvc.perform(from(post("/questionnaire"), "2001:db8:50:1::ff").with(csrf())).andReturn();
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("[role=alert]").text())
			.contains("Trop de questionnaires", "minute");
		assertThat(mvc.perform(from(post("/questionnaire"), "2001:db8:51:1::1").with(csrf())).andReturn().getResponse()
			.getStatus()).as("another network starts one").isEqualTo(302);
	}
}
