package fr.capcooperation.rules;

/**
 * Three-valued (Kleene) truth: an answer that is missing or "Je ne sais pas" makes a
 * condition {@link #UNKNOWN}, never false, so that an unknown answer never excludes a form.
 */
public enum Truth {
	TRUE, FALSE, UNKNOWN;

	public static Truth of(boolean value) {
		return value ? TRUE : FALSE;
	}

	public Truth not() {
		return switch (this) {
			case TRUE -> FALSE;
			case FALSE -> TRUE;
			case UNKNOWN -> UNKNOWN;
		};
	}

	public boolean isTrue() {
		return this == TRUE;
	}

	public boolean isFalse() {
		return this == FALSE;
	}

	public boolean isUnknown() {
		return this == UNKNOWN;
	}
}
