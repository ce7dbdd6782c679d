package fr.capcooperation.admin;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the back-office sessions of an account, on every instance: sessions live in the
 * database (Spring Session JDBC, whose repository is indexed by user name), so deleting them
 * there is enough; the next request of a revoked session is that of an anonymous visitor.
 * Used when an account is disabled (all its sessions) and when a password changes (all but
 * the session that changed it).
 */
@Component
class SessionRevocation {

	private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	SessionRevocation(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/** Deletes every session of {@code username} but {@code keep} (a session id, or null for none); returns how many. */
	int revoke(String username, @Nullable String keep) {
		FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
		if (sessions == null) {
			// Sessions kept by the servlet container (the tests' MockMvc): nothing shared to revoke.
			return 0;
		}
		Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
		int revoked = 0;
		for (String id : found.keySet()) {
			if (!Objects.equals(id, keep)) {
				sessions.deleteById(id);
				revoked++;
			}
		}
		if (revoked > 0) {
			log.info("{} back-office session(s) of '{}' ended.", revoked, username);
		}
		return revoked;
	}
}
