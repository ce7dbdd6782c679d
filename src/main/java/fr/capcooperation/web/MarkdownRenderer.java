package fr.capcooperation.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Renders the catalogue's Markdown texts to HTML that can never run script: CommonMark, then
 * the OWASP sanitiser (formatting, blocks, lists, tables and http(s) or relative links only).
 * Used from templates through {@link MarkdownDialect}: {@code cc:markdown="${text}"}.
 */
@Component("markdown")
public class MarkdownRenderer {

	private static final int CACHE_LIMIT = 5_000;

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "ul", "ol", "li", "code", "pre", "hr", "br")
			.allowAttributes("href").onElements("a")
			.allowStandardUrlProtocols()
			.requireRelsOnLinks("noopener", "noreferrer")
			.toFactory());

	private final Parser parser = Parser.builder().build();
	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
	private final Map<String, String> cache = new ConcurrentHashMap<>();

	/** Block HTML (paragraphs, lists). */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		if (cache.size() > CACHE_LIMIT) {
			cache.clear();
		}
		return cache.computeIfAbsent(markdown, text -> POLICY.sanitize(renderer.render(parser.parse(text))));
	}

	/** Inline HTML: a single paragraph's content, without the surrounding {@code <p>}. */
	public String inline(String markdown) {
		String html = html(markdown).strip();
		if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
			return html.substring(3, html.length() - 4);
		}
		return html;
	}
}
