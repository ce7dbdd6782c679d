package fr.capcooperation.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.ConditionSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the back-office says about items, in words and never in keys: a French message, a
 * condition with its questions' and options' labels, an item's title (a rule: its form, its
 * effect and its text), the names of forms, and the fingerprint of an item as stored (two saves
 * of the same item must start from the same one).
 */
@Component
public class ItemTexts {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ItemTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String message(String code, @Nullable Object... args) {
		return messages.getMessage(code, args, Locale.FRANCE);
	}

	/** A condition in words, with the labels of its questions and options: « Avec qui ? » inclut « Une collectivité ». */
	public String conditionText(ConditionSpec spec, CatalogContent content) {
		return switch (spec.op()) {
			case "all", "any", "not" -> message("admin.conditionText." + spec.op(),
					spec.of() == null ? ""
							: spec.of().stream().map(child -> conditionText(child, content)).collect(Collectors.joining(" ; ")));
			case "includes_any", "only" -> message("admin.conditionText." + spec.op(), questionLabel(spec.question(), content),
					spec.options() == null ? ""
							: spec.options()
								.stream()
								.map(option -> "« " + optionLabel(spec.question(), option, content) + " »")
								.collect(Collectors.joining(", ")));
			case "at_least" -> message("admin.conditionText.at_least", questionLabel(spec.question(), content),
					String.valueOf(spec.value()));
			default -> message("admin.conditionText." + spec.op(), questionLabel(spec.question(), content),
					optionLabel(spec.question(), spec.option(), content));
		};
	}

	private static String questionLabel(@Nullable String key, CatalogContent content) {
		return question(key, content).map(Question::label).orElse(key == null ? "" : key);
	}

	private static String optionLabel(@Nullable String question, @Nullable String option, CatalogContent content) {
		return question(question, content).flatMap(q -> q.options().stream().filter(o -> o.key().equals(option)).findFirst())
			.map(Option::label)
			.orElse(option == null ? "" : option);
	}

	private static Optional<Question> question(@Nullable String key, CatalogContent content) {
		return content.questions().stream().filter(question -> question.key().equals(key)).findFirst();
	}

	/** A form's name, or its key when the content has no such form. */
	public String formName(String key, CatalogContent content) {
		return content.forms().stream().filter(form -> form.key().equals(key)).findFirst().map(CooperationForm::name).orElse(key);
	}

	/** Forms' names, joined for a sentence. */
	public String formNames(List<String> keys, CatalogContent content) {
		return keys.stream().map(key -> formName(key, content)).collect(Collectors.joining(", "));
	}

	/**
	 * An item's title, for headings and lists: its name, label or term; a rule's form, effect
	 * and text («&nbsp;Groupement d'employeurs · favorise : Vous voulez partager du personnel&nbsp;»);
	 * a kind with one item only, the kind's name.
	 */
	public String title(Record item, CatalogContent content) {
		ItemType type = ItemType.of(item);
		if (type.single()) {
			return message("admin.type." + type.name());
		}
		if (item instanceof RuleDefinition rule) {
			return message("admin.rule.title", formName(rule.form(), content), message("admin.rule.effect." + rule.kind().name()),
					rule.textHolds());
		}
		String title = ItemType.titleOf(item);
		return title.isBlank() ? ItemType.keyOf(item) : title;
	}

	/** An item as readable text by field, for comparisons: labels instead of keys; empty for none. */
	public Map<String, String> display(@Nullable Record item, CatalogContent content) {
		return item == null ? Map.of() : ItemType.of(item).form(item, "").display(new EditContext(content, null, this));
	}

	/** A short hash of the item as stored. */
	public String fingerprint(@Nullable Record item) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(JSON.writeValueAsString(item).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
