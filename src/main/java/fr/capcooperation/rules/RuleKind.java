package fr.capcooperation.rules;

public enum RuleKind {
	/** The form is excluded when the condition is false. */
	REQUIRES,
	/** The form is excluded when the condition is true. */
	EXCLUDES,
	/** Adds the weight to the form's score when the condition is true. */
	FAVOURS,
	/** Subtracts the weight from the form's score when the condition is true. */
	DISFAVOURS;

	public boolean isGate() {
		return this == REQUIRES || this == EXCLUDES;
	}
}
