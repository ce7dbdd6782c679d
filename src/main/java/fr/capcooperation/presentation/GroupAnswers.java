package fr.capcooperation.presentation;

import org.springframework.web.util.UriComponentsBuilder;

import fr.capcooperation.answers.AnswerFields;
import fr.capcooperation.rules.Answers;

/**
 * The group questionnaire keeps no state on the server: the room's answers travel in the
 * address, in the questionnaire's own form fields ({@code integration=structurer},
 * {@code readiness.besoins=oui}), so that the trainer can go back, reload or bookmark.
 */
final class GroupAnswers {

	private GroupAnswers() {
	}

	/** A path with the answers in its query string. */
	static String url(String path, Answers answers) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		for (AnswerFields.Field field : AnswerFields.fields(answers, "")) {
			builder.queryParam(field.name(), field.value());
		}
		return builder.encode().build().toUriString();
	}
}
