package fr.capcooperation.admin;

import java.util.Optional;

/**
 * The note of a publication, as the history shows it: optional, at most {@value #MAX_LENGTH}
 * characters (the column's size). A longer one is refused with a French message next to the
 * field, before anything is locked or written.
 */
final class PublicationNote {

	static final int MAX_LENGTH = 1000;

	private PublicationNote() {
	}

	/** The message code of what is wrong with a note, if anything. */
	static Optional<String> problem(String note) {
		return note.codePointCount(0, note.length()) > MAX_LENGTH ? Optional.of("admin.publish.error.noteLength") : Optional.empty();
	}
}
