package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.capcooperation.catalog.CatalogContent;

/** What changed between two catalogue contents: item by item, field by field, texts and rules written out. */
final class VersionDiff {

	public enum Change {
		ADDED, REMOVED, CHANGED
	}

	public record FieldDiff(String field, String before, String after) {
	}

	public record ItemDiff(ItemType type, String key, Change change, List<FieldDiff> fields) {
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
				Map<String, String> a = editor.display(old.get(key));
				Map<String, String> b = editor.display(now.get(key));
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
				if (!old.containsKey(key)) {
					diffs.add(new ItemDiff(type, key, Change.ADDED, fields));
				}
				else if (!now.containsKey(key)) {
					diffs.add(new ItemDiff(type, key, Change.REMOVED, fields));
				}
				else if (!fields.isEmpty()) {
					diffs.add(new ItemDiff(type, key, Change.CHANGED, fields));
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
