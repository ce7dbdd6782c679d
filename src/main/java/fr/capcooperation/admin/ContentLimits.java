package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.List;

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Condition;

/**
 * Limits on what the draft may hold, checked on every save and before every publication
 * (whatever form or request produced the content): keys of at most {@value #MAX_KEY_LENGTH}
 * characters (they appear in addresses and in every stored answer), and a co-construction
 * condition within the depth and size of any condition ({@link Condition#MAX_DEPTH},
 * {@link Condition#MAX_SIZE}; those of rules and display conditions are the engine's checks).
 */
final class ContentLimits {

	static final int MAX_KEY_LENGTH = 60;

	private ContentLimits() {
	}

	/** What goes beyond the limits, in French, empty if nothing does. */
	static List<String> problems(CatalogContent content, ItemTexts texts) {
		List<String> problems = new ArrayList<>();
		for (ItemType type : ItemType.values()) {
			if (type.single()) {
				continue;
			}
			for (Record item : type.items(content)) {
				String key = ItemType.keyOf(item);
				if (key.length() > MAX_KEY_LENGTH) {
					problems.add(texts.message("admin.problem.key-too-long", shortened(key), MAX_KEY_LENGTH));
				}
			}
		}
		for (Question question : content.questions()) {
			for (Option option : question.options()) {
				if (option.key().length() > MAX_KEY_LENGTH) {
					problems.add(texts.message("admin.problem.key-too-long", shortened(option.key()), MAX_KEY_LENGTH));
				}
			}
		}
		Condition coConstruction = content.coConstruction().condition().toCondition();
		String subject = texts.message("admin.problem.subject.CO_CONSTRUCTION");
		if (coConstruction.depth() > Condition.MAX_DEPTH) {
			problems.add(capitalised(texts.message("admin.problem.condition-too-deep", subject, Condition.MAX_DEPTH)));
		}
		else if (coConstruction.size() > Condition.MAX_SIZE) {
			problems.add(capitalised(texts.message("admin.problem.condition-too-large", subject, Condition.MAX_SIZE)));
		}
		return problems;
	}

	private static String shortened(String key) {
		return key.length() <= MAX_KEY_LENGTH + 20 ? key : key.substring(0, MAX_KEY_LENGTH) + "…";
	}

	private static String capitalised(String sentence) {
		return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}
}
