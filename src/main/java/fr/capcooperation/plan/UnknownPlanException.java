package fr.capcooperation.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No journey under that token, or no such document model: the French 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownPlanException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnknownPlanException() {
		super("no such plan or document", null, false, false);
	}
}
