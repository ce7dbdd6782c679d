package fr.capcooperation.results;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No journey under that token: the link is wrong, or the answers were deleted. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownResultException extends RuntimeException {

	UnknownResultException() {
		super("no questionnaire response for this token");
	}
}
