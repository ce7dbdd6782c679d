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

	/** Records an opening without touching the answers or the optimistic lock's version. */
	@Modifying
	@Query("update QuestionnaireResponse r set r.lastOpenedAt = :now where r.token = :token")
	int markOpened(@Param("token") String token, @Param("now") Instant now);

	@Modifying
	@Query("delete from QuestionnaireResponse r where r.token = :token")
	int deleteByToken(@Param("token") String token);

	@Modifying
	@Query("delete from QuestionnaireResponse r where coalesce(r.lastOpenedAt, r.updatedAt) < :cutoff")
	int deleteNotOpenedSince(@Param("cutoff") Instant cutoff);
}
