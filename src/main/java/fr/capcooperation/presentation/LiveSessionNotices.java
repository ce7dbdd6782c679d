package fr.capcooperation.presentation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.JourneyNotices;

/**
 * Tells an attendee, on each question page, which live session they are answering in; and,
 * once the trainer has started that session again or closed it, that their answers no longer
 * count in the room's figures (with the way back in, when the code is open again).
 */
@Component
class LiveSessionNotices implements JourneyNotices {

	private final LiveSessions sessions;

	LiveSessionNotices(LiveSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public Optional<Notice> noticeFor(Journey journey) {
		String startedIn = journey.startedIn();
		if (startedIn == null || !startedIn.startsWith(LiveSession.STARTED_IN)) {
			return Optional.empty();
		}
		long id;
		try {
			id = Long.parseLong(startedIn.substring(LiveSession.STARTED_IN.length()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return sessions.find(id).map(session -> {
			if (session.open()) {
				return new Notice("presentation.notice.in", List.of(session.code()), null, null, false);
			}
			Optional<LiveSession> again = sessions.findOpen(session.code())
				.filter(next -> next.openedBy().equals(session.openedBy()));
			return again.isPresent()
					? new Notice("presentation.notice.reset", List.of(session.code()), "/direct/" + session.code(),
							"presentation.notice.rejoin", true)
					: new Notice("presentation.notice.closed", List.of(session.code()), null, null, true);
		});
	}
}
