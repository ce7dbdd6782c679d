package fr.capcooperation.rules;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A read-only map: a base map with a few entries replaced, without copying the base. Lookups,
 * the engine's hot path, cost one or two hash lookups; iteration materialises a copy once.
 */
final class OverlayMap extends AbstractMap<String, Answer> {

	private final Map<String, Answer> base;
	private final Map<String, @Nullable Answer> overrides;
	private @Nullable Map<String, Answer> merged;

	OverlayMap(Map<String, Answer> base, Map<String, @Nullable Answer> overrides) {
		this.base = base;
		this.overrides = overrides;
	}

	/** A key mapped to null in the overrides is removed. */
	@Override
	public @Nullable Answer get(Object key) {
		Answer replaced = overrides.get(key);
		return replaced != null || overrides.containsKey(key) ? replaced : base.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return get(key) != null;
	}

	@Override
	public Set<Entry<String, Answer>> entrySet() {
		if (merged == null) {
			Map<String, Answer> copy = new LinkedHashMap<>(base);
			overrides.forEach((key, answer) -> {
				if (answer == null) {
					copy.remove(key);
				}
				else {
					copy.put(key, answer);
				}
			});
			merged = Collections.unmodifiableMap(copy);
		}
		return merged.entrySet();
	}

	@Override
	public int size() {
		return entrySet().size();
	}
}
