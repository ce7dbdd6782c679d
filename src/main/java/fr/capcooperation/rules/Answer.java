package fr.capcooperation.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One answer to one question. The option {@value #DONT_KNOW} of a single choice means
 * "Je ne sais pas": the answer is given but unknown.
 */
public sealed interface Answer {

	String DONT_KNOW = "ne_sait_pas";

	/** Whether this answer tells something (it is not "Je ne sais pas" nor empty). */
	boolean isKnown();

	record Choice(String option) implements Answer {
		public Choice {
			Objects.requireNonNull(option, "option");
		}

		@Override
		public boolean isKnown() {
			return !DONT_KNOW.equals(option);
		}
	}

	record Choices(Set<String> options) implements Answer {
		public Choices {
			options = Collections.unmodifiableSet(new LinkedHashSet<>(options));
		}

		@Override
		public boolean isKnown() {
			return !options.isEmpty();
		}
	}

	record Number(int value) implements Answer {
		@Override
		public boolean isKnown() {
			return true;
		}
	}

	/** A checklist: one level (an option key) per line. */
	record Checklist(Map<String, String> levels) implements Answer {
		public Checklist {
			levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
		}

		@Override
		public boolean isKnown() {
			return !levels.isEmpty();
		}
	}

	static Answer choice(String option) {
		return new Choice(option);
	}

	static Answer choices(String... options) {
		return new Choices(new LinkedHashSet<>(List.of(options)));
	}

	static Answer number(int value) {
		return new Number(value);
	}
}
