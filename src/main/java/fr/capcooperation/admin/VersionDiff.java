package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.capcooperation.catalog.CatalogContent;

/**
 * What changed between two catalogue contents: item by item, field by field, texts and rules
 * written out with labels rather than keys, each changed text compared word by word.
 */
final class VersionDiff {

	public enum Change {
		ADDED, REMOVED, CHANGED
	}

	/** A field that differs, with its texts compared word by word. */
	public record FieldDiff(String field, String before, String after, WordDiff words) {

		FieldDiff(String field, String before, String after) {
			this(field, before, after, WordDiff.of(before, after));
		}
	}

	/** An item added, removed or changed, with its title in words and its fields that differ. */
	public record ItemDiff(ItemType type, String key, String title, Change change, List<FieldDiff> fields) {
	}

	private VersionDiff() {
	}

	static List<ItemDiff> compare(CatalogContent before, CatalogContent after, ItemTexts editor) {
		List<ItemDiff> diffs = new ArrayList<>();
		for (ItemType type : ItemType.values()) {
			Map<String, Record> old = index(type, before);
			Map<String, Record> now = index(type, after);
			Set<String> keys = new LinkedHashSet<>(old.keySet());
			keys.addAll(now.keySet());
			List<String> oldOrder = List.copyOf(old.keySet());
			List<String> newOrder = List.copyOf(now.keySet());
			for (String key : keys) {
				Map<String, String> a = editor.display(old.get(key), before);
				Map<String, String> b = editor.display(now.get(key), after);
				List<FieldDiff> fields = new ArrayList<>();
				Set<String> names = new LinkedHashSet<>(a.keySet());
				names.addAll(b.keySet());
				for (String name : names) {
					String x = a.getOrDefault(name, "");
					String y = b.getOrDefault(name, "");
					if (!Objects.equals(x, y)) {
						fields.add(new FieldDiff(name, x, y));
					}
				}
				if (type == ItemType.QUESTION && old.containsKey(key) && now.containsKey(key)
						&& oldOrder.indexOf(key) != newOrder.indexOf(key)) {
					fields.add(new FieldDiff("position", Integer.toString(oldOrder.indexOf(key) + 1),
							Integer.toString(newOrder.indexOf(key) + 1)));
				}
				Record current = now.get(key);
				String title = current != null ? editor.title(current, after) : editor.title(Objects.requireNonNull(old.get(key)), before);
				if (!old.containsKey(key)) {
					diffs.add(new ItemDiff(type, key, title, Change.ADDED, fields));
				}
				else if (!now.containsKey(key)) {
					diffs.add(new ItemDiff(type, key, title, Change.REMOVED, fields));
				}
				else if (!fields.isEmpty()) {
					diffs.add(new ItemDiff(type, key, title, Change.CHANGED, fields));
				}
			}
		}
		return diffs;
	}

	private static Map<String, Record> index(ItemType type, CatalogContent content) {
		Map<String, Record> map = new LinkedHashMap<>();
		for (Record item : type.items(content)) {
			map.put(ItemType.keyOf(item), item);
		}
		return map;
	}
}
