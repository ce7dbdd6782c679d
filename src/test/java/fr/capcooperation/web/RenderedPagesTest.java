package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

class RenderedPagesTest {

	private final AtomicInteger renderings = new AtomicInteger();

	/** A template that shows its model's text and the request's CSRF token in two forms. */
	private final ViewResolver templates = (name, locale) -> new View() {
		@Override
		public void render(Map<String, ?> model, jakarta.servlet.http.HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			renderings.incrementAndGet();
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			String hidden = token == null ? "" : "<input name=\"_csrf\" value=\"" + token.getToken() + "\">";
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter()
				.write("<h1>" + model.get("text") + "</h1><form>" + hidden + "</form><p>Coopération « à l’essai »</p><form>"
						+ hidden + "</form>");
		}
	};

	private final RenderedPages pages = new RenderedPages(templates, DataSize.ofMegabytes(1));

	@Test
	void a_page_is_rendered_once_and_each_request_gets_its_own_csrf_token() throws Exception {
		String first = serve("journey", 1, "Fusion", "token-of-alice");
		String second = serve("journey", 1, "Fusion", "token-of-bob");

		assertThat(renderings).hasValue(1);
		assertThat(first).isEqualTo("<h1>Fusion</h1><form><input name=\"_csrf\" value=\"token-of-alice\"></form>"
				+ "<p>Coopération « à l’essai »</p><form><input name=\"_csrf\" value=\"token-of-alice\"></form>");
		assertThat(second).isEqualTo(first.replace("token-of-alice", "token-of-bob"));
	}

	@Test
	void the_model_is_built_only_when_the_page_has_to_be_rendered() throws Exception {
		AtomicInteger models = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			render(pages.page("journey", 1, "result", model -> {
				models.incrementAndGet();
				model.put("text", "GIE");
			}), request("t" + i), new MockHttpServletResponse());
		}
		assertThat(models).hasValue(1);
	}

	@Test
	void a_new_revision_is_rendered_again_and_then_served_from_memory() throws Exception {
		serve("journey", 1, "Fusion", "a");
		assertThat(serve("journey", 2, "SCIC", "b")).startsWith("<h1>SCIC</h1>");
		assertThat(serve("journey", 2, "ignored", "c")).startsWith("<h1>SCIC</h1>");
		assertThat(renderings).hasValue(2);
	}

	@Test
	void a_forgotten_owner_is_rendered_again_and_others_are_kept() throws Exception {
		serve("deleted", 1, "Fusion", "a");
		serve("kept", 1, "GIP", "a");
		pages.forget("deleted");
		serve("deleted", 1, "Fusion", "b");
		serve("kept", 1, "GIP", "b");
		assertThat(renderings).hasValue(3);
	}

	@Test
	void the_length_counts_bytes_and_the_token_is_read_before_the_body_is_sent() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		// Like Spring Security's deferred token: reading it saves the cookie.
		CsrfToken deferred = new CsrfToken() {
			@Override
			public String getHeaderName() {
				return "X-XSRF-TOKEN";
			}

			@Override
			public String getParameterName() {
				return "_csrf";
			}

			@Override
			public String getToken() {
				assertThat(response.isCommitted()).isFalse();
				response.addCookie(new Cookie("XSRF-TOKEN", "raw"));
				return "masked";
			}
		};
		request.setAttribute(CsrfToken.class.getName(), deferred);
		request.setAttribute("_csrf", deferred);
		render(pages.page("journey", 1, "result", model -> model.put("text", "Union")), request, response);

		assertThat(response.getCookie("XSRF-TOKEN")).isNotNull();
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"masked\"", "Coopération « à l’essai »");
	}

	@Test
	void a_page_without_csrf_token_is_served_as_rendered() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		render(pages.page("journey", 1, "result", model -> model.put("text", "GCSMS")), new MockHttpServletRequest(),
				response);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("<h1>GCSMS</h1><form></form><p>Coopération « à l’essai »</p><form></form>");
	}

	private String serve(String owner, int revision, String text, String token) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		render(pages.page(owner, revision, "result", model -> model.put("text", text)), request(token), response);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequest request(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		CsrfToken csrf = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token);
		request.setAttribute(CsrfToken.class.getName(), csrf);
		request.setAttribute("_csrf", csrf);
		return request;
	}

	private static void render(View view, MockHttpServletRequest request, MockHttpServletResponse response)
			throws Exception {
		view.render(Map.of(), request, response);
	}
}
