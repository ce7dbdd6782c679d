package fr.capcooperation.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.JourneysDeleted;

/**
 * Finished result pages, rendered once and then served from memory as UTF-8 bytes. A finished
 * result is a function of its journey's token, catalogue version and answers (and of the build
 * that renders it); the page holds no form that posts, hence no CSRF token, so the bytes are
 * the same for every request and carry a strong ETag: a browser that has them gets a 304.
 *
 * <p>Callers still read the journey on every request (a deleted journey is gone at once, on
 * every instance), and a changed journey has another ETag, so it is rendered again. The cache
 * is bounded in bytes and forgets pages not asked for an hour.
 */
@Component
class ResultPages {

	private final ViewResolver views;
	private final Cache<String, Page> pages;
	private final String build;

	ResultPages(@Qualifier("thymeleafViewResolver") ViewResolver views, CapCoopSettings settings,
			ObjectProvider<BuildProperties> build) {
		this.views = views;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(settings.resultPages().maxSize().toBytes())
			.weigher((String token, Page page) -> page.body().length)
			.expireAfterAccess(Duration.ofHours(1))
			.build();
		BuildProperties properties = build.getIfAvailable();
		this.build = properties == null ? "dev" : properties.getVersion() + "@" + properties.getTime();
	}

	/** The strong ETag of a finished journey's result page, the same on every instance of one build. */
	String etag(Journey journey) {
		String revision = journey.token() + "|" + journey.catalog().version() + "|"
				+ AnswerJson.write(journey.answers()) + "|" + build;
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(revision.getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page of a finished journey; {@code model} runs only when the page has to be rendered. */
	View page(Journey journey, String viewName, Consumer<Map<String, Object>> model) {
		return new CachedView(journey.token(), etag(journey), viewName, model);
	}

	/** Deleted answers leave no page behind on this instance (the others never serve it: they read the journey first). */
	@EventListener
	void forget(JourneysDeleted deleted) {
		pages.invalidateAll(deleted.tokens());
	}

	private record Page(String etag, @Nullable String contentType, byte[] body) {
	}

	private final class CachedView implements View {

		private final String token;
		private final String etag;
		private final String viewName;
		private final Consumer<Map<String, Object>> model;

		CachedView(String token, String etag, String viewName, Consumer<Map<String, Object>> model) {
			this.token = token;
			this.etag = etag;
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
			Page page = pages.getIfPresent(token);
			if (page == null || !page.etag().equals(etag)) {
				page = renderOnce(given, request, response);
				pages.put(token, page);
			}
			response.setContentType(page.contentType() != null ? page.contentType() : getContentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
		}

		private Page renderOnce(@Nullable Map<String, ?> given, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Map<String, Object> attributes = new HashMap<>();
			if (given != null) {
				attributes.putAll(given);
			}
			model.accept(attributes);
			View view = Objects.requireNonNull(views.resolveViewName(viewName, RequestContextUtils.getLocale(request)),
					viewName);
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			view.render(attributes, request, captured);
			return new Page(etag, captured.getContentType(), captured.getContentAsByteArray());
		}
	}
}
