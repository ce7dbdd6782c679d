package fr.capcooperation.questionnaire;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A respondent's answers (JSON), reached only through its unguessable token. */
@Entity
@Table(name = "questionnaire_response")
class QuestionnaireResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String token;

	@Column(name = "catalogue_version", nullable = false)
	private int catalogueVersion;

	@Column(nullable = false, columnDefinition = "text")
	private String answers;

	@Column(name = "last_question")
	private @Nullable String lastQuestion;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	/** The trainer's live session this journey was started in, if any. */
	@Column(name = "live_session_id", updatable = false)
	private @Nullable Long liveSessionId;

	/** Written on insert, then only by {@link QuestionnaireResponseRepository#markOpened}. */
	@Column(name = "last_opened_at", updatable = false)
	private Instant lastOpenedAt;

	@Version
	@Column(name = "row_version", nullable = false)
	private long rowVersion;

	protected QuestionnaireResponse() {
	}

	QuestionnaireResponse(String token, int catalogueVersion, String answers, Instant now) {
		this(token, catalogueVersion, answers, now, null);
	}

	QuestionnaireResponse(String token, int catalogueVersion, String answers, Instant now,
			@Nullable Long liveSessionId) {
		this.liveSessionId = liveSessionId;
		this.token = token;
		this.catalogueVersion = catalogueVersion;
		this.answers = answers;
		this.createdAt = now;
		this.updatedAt = now;
		this.lastOpenedAt = now;
	}

	String getToken() {
		return token;
	}

	int getCatalogueVersion() {
		return catalogueVersion;
	}

	String getAnswers() {
		return answers;
	}

	@Nullable String getLastQuestion() {
		return lastQuestion;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getLastOpenedAt() {
		return lastOpenedAt;
	}

	@Nullable Instant getCompletedAt() {
		return completedAt;
	}

	void answered(String questionKey, String answersJson, Instant now) {
		this.answers = answersJson;
		this.lastQuestion = questionKey;
		this.updatedAt = now;
	}

	void completed(Instant now) {
		if (completedAt == null) {
			completedAt = now;
		}
		updatedAt = now;
	}
}
