package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;

/**
 * Every stylesheet the site serves parses without a single error, each block closed and each
 * comment opened: one unclosed rule once made the browser read every rule after it as nested,
 * and half the site lost its styles while every test stayed green. ph-css (a real CSS 3 parser)
 * reports what a browser would skip; the brace count catches what a lenient parser forgives.
 */
class StylesheetsTest {

	static final Path FOLDER = Path.of("src", "main", "resources", "static", "css");

	static Stream<Path> stylesheets() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(FOLDER)) {
			files = list.filter(path -> path.toString().endsWith(".css")).sorted().toList();
		}
		assertThat(files).as("stylesheets under " + FOLDER).isNotEmpty();
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("stylesheets")
	void every_stylesheet_parses_without_an_error(Path file) throws IOException {
		String css = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(problems(css)).as(file.toString()).isEmpty();
	}

	@Test
	void an_unclosed_block_fails() {
		assertThat(problems(".a { color: red; }\n.input--code {\n  max-width: 12ch;\n\n.b { color: blue; }\n")).isNotEmpty();
		assertThat(problems(".a { color: red; }\n.b { color: blue;\n")).isNotEmpty();
	}

	@Test
	void a_comment_without_its_opening_fails() {
		assertThat(problems(".a { color: red; }\n   16. Résultats : partage\n   ===== */\n.b { color: blue; }\n"))
			.isNotEmpty();
	}

	@Test
	void a_closing_brace_too_many_fails() {
		assertThat(problems(".a { color: red; } }\n.b { color: blue; }\n")).isNotEmpty();
	}

	@Test
	void the_features_the_site_uses_parse() {
		assertThat(problems("""
				@supports (display: grid) { a:focus { outline: 3px solid #000; } }
				.reason--check::before { content: "?" / ""; }
				.reason--for::before { content: "✓"; }
				h1 { font-size: clamp(1.625rem, calc(1.3rem + 1.4vw), 2.25rem); }
				.grid { grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); }
				.choice:has(input:checked) { border-color: #0b5563; }
				@media print { .a { display: none !important; } }
				""")).isEmpty();
	}

	/** The parser's errors, an unbalanced brace or comment, each said with its line. */
	static List<String> problems(String css) {
		List<String> problems = new ArrayList<>(balance(css));
		CSSReaderSettings settings = new CSSReaderSettings().setBrowserCompliantMode(false)
			.setCustomErrorHandler(new Collecting(problems))
			.setCustomExceptionHandler(ex -> problems.add("unparseable: " + ex.getMessage()));
		CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, settings);
		if (sheet == null) {
			problems.add("the stylesheet could not be read");
		}
		return problems;
	}

	/** Braces and comments counted outside strings: every block closed, no brace too many, every comment closed. */
	static List<String> balance(String css) {
		List<String> problems = new ArrayList<>();
		int depth = 0;
		int line = 1;
		int i = 0;
		while (i < css.length()) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
				int end = css.indexOf("*/", i + 2);
				if (end < 0) {
					problems.add("line " + line + ": comment never closed");
					return problems;
				}
				line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
				i = end + 2;
				continue;
			}
			if (c == '*' && i + 1 < css.length() && css.charAt(i + 1) == '/') {
				problems.add("line " + line + ": end of a comment that was never opened");
			}
			if (c == '"' || c == '\'') {
				int end = css.indexOf(c, i + 1);
				i = end < 0 ? css.length() : end + 1;
				continue;
			}
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				if (depth < 0) {
					problems.add("line " + line + ": a closing brace without its block");
					depth = 0;
				}
			}
			i++;
		}
		if (depth > 0) {
			problems.add(depth + " block(s) never closed");
		}
		return problems;
	}

	/** Collects what the parser reports instead of logging it. */
	private record Collecting(List<String> problems) implements ICSSParseErrorHandler {

		@Override
		public void onCSSParseError(ParseException ex, Token last) {
			problems.add("line " + (last == null ? "?" : last.beginLine) + ": " + ex.getMessage());
		}

		@Override
		public void onCSSUnexpectedRule(Token start, String rule, String message) {
			problems.add("line " + start.beginLine + ": unexpected rule " + rule + ": " + message);
		}

		@Override
		public void onCSSDeprecatedProperty(Token prefix, Token property) {
			problems.add("line " + property.beginLine + ": deprecated property " + property.image);
		}

		@Override
		public void onCSSBrowserCompliantSkip(ParseException ex, Token from, Token to) {
			problems.add("line " + from.beginLine + ": skipped up to line " + to.beginLine);
		}

		@Override
		public void onIllegalCharacter(char c) {
			problems.add("illegal character " + c);
		}
	}
}
