package fr.capcooperation.web;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Pages that are a pure function of what they show (a finished result: its journey, catalogue
 * version and answers), rendered once and then served from memory as UTF-8 bytes.
 *
 * <p>The only part of such a page that differs from one request to the next is the CSRF token
 * of its forms. The page is therefore rendered with a random placeholder in the token's place
 * and kept as the segments around it; each request gets the segments joined by its own token,
 * which also makes the token's cookie be sent, as a normal rendering would.
 *
 * <p>Callers still read their data on every request (a deleted journey is gone at once, on every
 * instance): they pass a revision, and a page whose revision differs is rendered again. The
 * cache is bounded in bytes and forgets pages not asked for an hour.
 */
@Component
public class RenderedPages {

	private static final String CSRF_ATTRIBUTE = "_csrf";

	private final ViewResolver views;
	private final Cache<Key, Page> pages;
	private final String placeholder = "cc-csrf-" + UUID.randomUUID();

	RenderedPages(@Qualifier("thymeleafViewResolver") ViewResolver views,
			@Value("${capcoop.rendered-pages.max-size:32MB}") DataSize maxSize) {
		this.views = views;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((Key key, Page page) -> page.size())
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	/**
	 * The page {@code viewName} of {@code owner} (for instance a journey's token) as it stands at
	 * {@code revision}; {@code model} adds what the template needs and runs only when the page
	 * has to be rendered.
	 */
	public View page(String owner, Object revision, String viewName, Consumer<Map<String, Object>> model) {
		return new CachedView(owner, revision, viewName, model);
	}

	/** Drops every page of an owner, for instance once its answers are deleted. */
	public void forget(String owner) {
		pages.asMap().keySet().removeIf(key -> key.owner().equals(owner));
	}

	private record Key(String owner, String viewName, Locale locale) {
	}

	/** A rendered page: its revision, content type, and the UTF-8 segments around each CSRF token. */
	private record Page(Object revision, @Nullable String contentType, List<byte[]> segments) {

		int size() {
			return segments.stream().mapToInt(segment -> segment.length).sum();
		}
	}

	private final class CachedView implements View {

		private final String owner;
		private final Object revision;
		private final String viewName;
		private final Consumer<Map<String, Object>> model;

		CachedView(String owner, Object revision, String viewName, Consumer<Map<String, Object>> model) {
			this.owner = owner;
			this.revision = revision;
			this.viewName = viewName;
			this.model = model;
		}

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> given, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Locale locale = RequestContextUtils.getLocale(request);
			Key key = new Key(owner, viewName, locale);
			Page page = pages.getIfPresent(key);
			if (page == null || !page.revision().equals(revision)) {
				page = renderOnce(given, locale, request, response);
				pages.put(key, page);
			}
			write(page, request, response);
		}

		private Page renderOnce(@Nullable Map<String, ?> given, Locale locale, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Map<String, Object> attributes = new HashMap<>();
			if (given != null) {
				attributes.putAll(given);
			}
			model.accept(attributes);
			View view = Objects.requireNonNull(views.resolveViewName(viewName, locale), viewName);
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			view.render(attributes, withPlaceholderToken(request), captured);
			return new Page(revision, captured.getContentType(), split(captured.getContentAsByteArray()));
		}

		private void write(Page page, HttpServletRequest request, HttpServletResponse response) throws Exception {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			// Reading the token now saves its cookie before the first byte is sent.
			byte[] tokenBytes = token == null ? new byte[0] : token.getToken().getBytes(StandardCharsets.US_ASCII);
			List<byte[]> segments = page.segments();
			response.setContentType(page.contentType() != null ? page.contentType() : getContentType());
			response.setContentLength(page.size() + tokenBytes.length * (segments.size() - 1));
			OutputStream out = response.getOutputStream();
			for (int i = 0; i < segments.size(); i++) {
				if (i > 0) {
					out.write(tokenBytes);
				}
				out.write(segments.get(i));
			}
		}
	}

	private HttpServletRequest withPlaceholderToken(HttpServletRequest request) {
		if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken real)) {
			return request;
		}
		CsrfToken standIn = new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), placeholder);
		return new HttpServletRequestWrapper(request) {
			@Override
			public Object getAttribute(String name) {
				if (CsrfToken.class.getName().equals(name) || CSRF_ATTRIBUTE.equals(name)
						|| real.getParameterName().equals(name)) {
					return standIn;
				}
				return super.getAttribute(name);
			}
		};
	}

	/** The body cut at every placeholder (ASCII, so it never straddles a UTF-8 character). */
	private List<byte[]> split(byte[] body) {
		// Latin-1 maps each byte to one char: String.indexOf (an intrinsic) finds byte offsets.
		String bytes = new String(body, StandardCharsets.ISO_8859_1);
		List<byte[]> segments = new ArrayList<>();
		int start = 0;
		for (int i = bytes.indexOf(placeholder); i >= 0; i = bytes.indexOf(placeholder, start)) {
			segments.add(Arrays.copyOfRange(body, start, i));
			start = i + placeholder.length();
		}
		segments.add(Arrays.copyOfRange(body, start, body.length));
		return List.copyOf(segments);
	}
}
