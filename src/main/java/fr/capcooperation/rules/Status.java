package fr.capcooperation.rules;

public enum Status {
	/** The best score among the forms not excluded (several when tied). */
	RECOMMENDED,
	/** Not excluded, but a lower score. */
	POSSIBLE,
	/** A REQUIRES rule is false or an EXCLUDES rule is true. */
	EXCLUDED
}
