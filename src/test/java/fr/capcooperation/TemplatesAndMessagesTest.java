package fr.capcooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import fr.capcooperation.admin.AuditLog;
import fr.capcooperation.rules.Problem;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.RuleKind;
import fr.capcooperation.rules.Status;

/**
 * Everything a user reads goes through the message bundle: templates hold no hard-coded text,
 * and every message key used in templates and code exists.
 */
class TemplatesAndMessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Path SOURCES = Path.of("src/main/java");

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		for (String bundle : List.of("messages", "admin", "presentation", "results", "plan", "together")) {
			try (InputStream in = TemplatesAndMessagesTest.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
				if (in != null) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
		}
		return properties;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	@Test
	void templates_hold_no_hard_coded_text() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					String value = text.text().strip();
					if (value.matches(".*\\p{L}.*") && !value.matches("[·:–—|]*")) {
						offences.add(TEMPLATES.relativize(template) + ": \"" + value + "\"");
					}
				}
				element.attributes().forEach(attribute -> {
					if (List.of("title", "alt", "aria-label", "placeholder").contains(attribute.getKey())
							&& attribute.getValue().matches(".*\\p{L}.*")) {
						offences.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				});
			}
		}
		assertThat(offences).isEmpty();
	}

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
	private static final Pattern CODE_KEY = Pattern.compile("\"((?:answer|advice|api|admin|presentation|results)\\.[a-z0-9_.]+)\"");

	@Test
	void every_message_key_used_exists_in_the_french_bundle() throws IOException {
		Properties messages = messages();
		TreeSet<String> missing = new TreeSet<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		for (Path source : files(SOURCES, ".java")) {
			Matcher matcher = CODE_KEY.matcher(Files.readString(source));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!key.endsWith(".") && !messages.containsKey(key)) {
					missing.add(SOURCES.relativize(source) + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** The engine's problem codes, as the rules module writes them ({@code Problem.of("unknown-form", …)}). */
	private static final Pattern PROBLEM_CODE = Pattern.compile("Problem\\.of\\(\"([a-z-]+)\"");
	/** The condition operators the catalogue reads ({@code case "includes_any" ->}). */
	private static final Pattern CONDITION_OPERATOR = Pattern.compile("case \"([a-z_]+)\" ->");

	@Test
	void every_key_built_at_run_time_has_its_french_text() throws Exception {
		Properties messages = messages();
		List<String> keys = new ArrayList<>();
		for (Status status : Status.values()) {
			keys.add("status." + status.name());
		}
		for (RuleKind kind : RuleKind.values()) {
			keys.add("rule.kind." + kind.name());
		}
		for (QuestionType type : QuestionType.values()) {
			keys.add("answer.type." + type.name().toLowerCase(Locale.ROOT));
			keys.add("admin.questionType." + type.name());
			if (type != QuestionType.CHECKLIST) { // no condition operator reads the checklist
				keys.add("admin.condition.error.type." + type.name().toLowerCase(Locale.ROOT));
			}
		}
		for (Problem.Subject subject : Problem.Subject.values()) {
			keys.add("admin.problem.subject." + subject.name());
		}
		for (Path source : files(SOURCES.resolve("fr/capcooperation/rules"), ".java")) {
			Matcher codes = PROBLEM_CODE.matcher(Files.readString(source));
			while (codes.find()) {
				keys.add("admin.problem." + codes.group(1));
			}
		}
		Matcher operators = CONDITION_OPERATOR.matcher(Files.readString(SOURCES.resolve("fr/capcooperation/catalog/ConditionSpec.java")));
		while (operators.find()) {
			keys.add("admin.conditionText." + operators.group(1));
		}
		for (AuditLog.Action action : AuditLog.Action.values()) {
			keys.add("admin.audit.action." + action.name());
		}
		for (Object change : Class.forName("fr.capcooperation.admin.VersionDiff$Change").getEnumConstants()) {
			keys.add("admin.diff.change." + change);
		}
		for (String family : List.of("4xx", "5xx")) {
			keys.add("error.status." + family);
			keys.add("error.status." + family + ".detail");
		}
		assertThat(keys).hasSizeGreaterThan(40).filteredOn(key -> !messages.containsKey(key)).isEmpty();
	}

	@Test
	void messages_use_typographic_apostrophes_so_message_format_never_eats_them() throws IOException {
		Properties messages = messages();
		assertThat(messages.entrySet()).filteredOn(entry -> entry.getValue().toString().contains("'"))
			.extracting(entry -> entry.getKey().toString())
			.isEmpty();
	}
}
