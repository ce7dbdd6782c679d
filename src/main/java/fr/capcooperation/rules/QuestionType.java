package fr.capcooperation.rules;

public enum QuestionType {
	/** One option among several; may offer {@value Answer#DONT_KNOW}. */
	SINGLE,
	/** Any number of options, at least one. */
	MULTIPLE,
	/** A whole number between a minimum and a maximum. */
	NUMBER,
	/** One level per line; the first level is the one that counts as ready. */
	CHECKLIST
}
