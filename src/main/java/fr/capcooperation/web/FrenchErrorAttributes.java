package fr.capcooperation.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Error responses that are not pages (JSON for API clients) say what happened in French,
 * like the error pages: {@code error} is the French title, {@code message} the explanation.
 * Never a stack trace or an exception name.
 */
@Component
class FrenchErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	FrenchErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		Object status = attributes.get("status");
		int code = status instanceof Integer value ? value : 500;
		String family = code >= 500 ? "5xx" : "4xx";
		attributes.put("error", message("error.status." + code, "error.status." + family));
		attributes.put("message", message("error.status." + code + ".detail", "error.status." + family + ".detail"));
		attributes.remove("exception");
		attributes.remove("trace");
		attributes.remove("errors");
		return attributes;
	}

	private @Nullable String message(String code, String fallback) {
		return messages.getMessage(code, null,
				messages.getMessage(fallback, null, fallback, LocaleContextHolder.getLocale()),
				LocaleContextHolder.getLocale());
	}
}
