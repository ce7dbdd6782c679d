package fr.capcooperation.questionnaire;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the module that started a journey has to tell its respondent, above each question and
 * on the review page: a live session says which session the person is in. Asked only about
 * journeys started somewhere ({@link Journey#startedIn()} set), so an ordinary journey costs
 * nothing.
 */
public interface JourneyNotices {

	/** The notice for this journey, if this module has one. */
	Optional<Notice> noticeFor(Journey journey);

	/**
	 * A sentence of the message bundle with its arguments; a link (an address on this site and
	 * the message code of its text) when the person has something to do; a warning when their
	 * answers no longer count where they think.
	 */
	record Notice(String message, List<Object> args, @Nullable String link, @Nullable String linkText, boolean warning) {

		public Notice {
			args = List.copyOf(args);
		}
	}
}
