package fr.capcooperation.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.catalog.ConditionSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the back-office says about items: a French message, a condition in words, and the
 * fingerprint of an item as stored (two saves of the same item must start from the same one).
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

	/** A condition in words, with question and option keys: «partners» inclut «public». */
	public String conditionText(ConditionSpec spec) {
		return switch (spec.op()) {
			case "all", "any", "not" -> message("admin.conditionText." + spec.op(),
					spec.of() == null ? "" : spec.of().stream().map(this::conditionText).collect(Collectors.joining(" ; ")));
			case "includes_any", "only" -> message("admin.conditionText." + spec.op(), spec.question(),
					spec.options() == null ? ""
							: spec.options().stream().map(option -> "«" + option + "»").collect(Collectors.joining(", ")));
			case "at_least" -> message("admin.conditionText.at_least", spec.question(), String.valueOf(spec.value()));
			default -> message("admin.conditionText." + spec.op(), spec.question(), spec.option());
		};
	}

	/** An item as readable text by field, for comparisons; empty for none. */
	public Map<String, String> display(@Nullable Record item) {
		return item == null ? Map.of() : ItemType.of(item).form(item, "").display(this);
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
