package fr.capcooperation.questionnaire;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface QuestionnaireResponseRepository extends Repository<QuestionnaireResponse, Long> {

	Optional<QuestionnaireResponse> findByToken(String token);

	java.util.List<QuestionnaireResponse> findByLiveSessionId(long liveSessionId);

	QuestionnaireResponse save(QuestionnaireResponse response);

	// Native SQL and derived queries only: a JPQL string would load Spring Data's HQL parser at
	// start-up (about a second here).

	/** Records an opening without touching the answers or the optimistic lock's version. */
	@Modifying
	@Query(value = "UPDATE questionnaire_response SET last_opened_at = :now WHERE token = :token", nativeQuery = true)
	int markOpened(@Param("token") String token, @Param("now") Instant now);

	@Modifying
	@Query(value = "DELETE FROM questionnaire_response WHERE token = :token", nativeQuery = true)
	int deleteByToken(@Param("token") String token);

	@Modifying
	@Query(value = "DELETE FROM questionnaire_response WHERE COALESCE(last_opened_at, updated_at) < :cutoff",
			nativeQuery = true)
	int deleteNotOpenedSince(@Param("cutoff") Instant cutoff);
}
