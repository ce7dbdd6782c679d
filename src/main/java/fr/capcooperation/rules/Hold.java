package fr.capcooperation.rules;

/**
 * Why a form that is not excluded cannot be the recommendation yet (principle P7: an unknown
 * never recommends; a form is recommended only on positive evidence that it fits).
 */
public enum Hold {
	/** One of the form's requirements depends on an unknown answer: it is at most possible. */
	REQUIREMENT_UNKNOWN,
	/** How far the partners want to go is unknown, and the form is a common structure or a merger. */
	DEGREE_UNKNOWN,
	/** No answer speaks for the form: nothing shows that it fits. */
	NO_EVIDENCE
}
