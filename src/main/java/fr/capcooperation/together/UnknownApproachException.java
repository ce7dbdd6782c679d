package fr.capcooperation.together;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No shared approach (or link) under that token: the French 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownApproachException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnknownApproachException() {
		super("unknown shared approach", null, false, false);
	}
}
