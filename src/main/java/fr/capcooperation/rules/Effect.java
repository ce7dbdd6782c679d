package fr.capcooperation.rules;

/** What a rule's outcome means for its form, in the explanation. */
public enum Effect {
	/** A requirement met, or a FAVOURS rule that holds: a reason for the form. */
	SUPPORTS,
	/** A DISFAVOURS rule that holds: a reason against the form. */
	WEAKENS,
	/** A requirement not met, or an EXCLUDES rule that holds: why the form is excluded. */
	BLOCKS,
	/** An EXCLUDES rule that does not hold: an obstacle absent. */
	CLEARS,
	/** The condition depends on an unknown answer: to check. */
	TO_CHECK
}
