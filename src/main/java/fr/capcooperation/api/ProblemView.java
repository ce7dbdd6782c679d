package fr.capcooperation.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A problem document (RFC 9457) as this API sends it, for the OpenAPI document. */
record ProblemView(String type, String title, int status, String detail, String instance, @Nullable String field,
		@Nullable List<FieldError> errors) {

	record FieldError(String field, String message) {
	}
}
