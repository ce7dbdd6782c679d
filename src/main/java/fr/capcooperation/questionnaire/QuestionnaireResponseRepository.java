package fr.capcooperation.questionnaire;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface QuestionnaireResponseRepository extends Repository<QuestionnaireResponse, Long> {

	Optional<QuestionnaireResponse> findByToken(String token);

	java.util.List<QuestionnaireResponse> findByLiveSessionId(long liveSessionId);

	QuestionnaireResponse save(QuestionnaireResponse response);
}
