package fr.capcooperation.together;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A shared approach (« démarche commune »): its name, whether partners see each other's answers
 * or only the synthesis, and its partners in order, each with its respondents' links.
 */
public record SharedApproach(long id, String coordinatorToken, String name, boolean partnersSeeAnswers,
		Instant createdAt, Instant lastOpenedAt, List<Partner> partners) {

	/** The most partner structures an approach takes, and links per partner. */
	public static final int MAX_PARTNERS = 30;

	public static final int MAX_LINKS_PER_PARTNER = 10;

	public SharedApproach {
		partners = List.copyOf(partners);
	}

	public Optional<Partner> partner(long partnerId) {
		return partners.stream().filter(partner -> partner.id() == partnerId).findFirst();
	}

	public Optional<Respondent> respondent(String token) {
		return partners.stream()
			.flatMap(partner -> partner.respondents().stream())
			.filter(respondent -> respondent.token().equals(token))
			.findFirst();
	}

	public int respondentCount() {
		return partners.stream().mapToInt(partner -> partner.respondents().size()).sum();
	}

	/** A partner structure and its respondents' links (one per person who answers for it). */
	public record Partner(long id, String name, List<Respondent> respondents) {

		public Partner {
			respondents = List.copyOf(respondents);
		}
	}

	/**
	 * One respondent's link: its unguessable token, its number within the partner (1, 2 …) and
	 * the journey holding its answers, null until started and once deleted.
	 */
	public record Respondent(String token, long partnerId, int number, @Nullable String journeyToken) {
	}
}
