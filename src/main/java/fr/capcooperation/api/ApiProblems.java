package fr.capcooperation.api;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.capcooperation.together.UnknownApproachException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Every API error as an RFC 9457 problem document, in French, never a 500 for bad input. A
 * document lists at most {@value #LISTED_ERRORS} errors (and says how many there were): a body
 * of unknown keys must not get an answer twenty times its size.
 */
@RestControllerAdvice(assignableTypes = { RecommendationApi.class, SharedApproachApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	static final int LISTED_ERRORS = 20;

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException ex) {
		int count = ex.errors().size();
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.limit(LISTED_ERRORS)
			.map(error -> Map.of("field", error.field(), "message", message(error.code(), error.args().toArray())))
			.toList();
		String detail = count == 1 ? errors.get(0).getOrDefault("message", "")
				: count > LISTED_ERRORS ? message("api.problem.answers.detail.first", count, LISTED_ERRORS)
						: message("api.problem.answers.detail", count);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.answers.title", detail);
		problem.setProperty("field", errors.get(0).get("field"));
		problem.setProperty("errors", errors);
		problem.setProperty("errorCount", count);
		return response(problem);
	}

	@ExceptionHandler(UnknownApproachException.class)
	ResponseEntity<ProblemDetail> unknownApproach(UnknownApproachException ex) {
		return response(problem(HttpStatus.NOT_FOUND, "api.problem.approach.title", message("api.problem.approach.detail")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ex.contains(StreamConstraintsException.class)
				? problem(HttpStatus.BAD_REQUEST, "api.problem.limits.title", message("api.problem.limits.detail"))
				: problem(HttpStatus.BAD_REQUEST, "api.problem.json.title", message("api.problem.json.detail"));
		problem.setProperty("field", "body");
		return response(problem);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return response(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.mediatype.title",
				message("api.problem.mediatype.detail")));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return response(problem(HttpStatus.NOT_ACCEPTABLE, "api.problem.accept.title", message("api.problem.accept.detail")));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return response(problem(HttpStatus.METHOD_NOT_ALLOWED, "api.problem.method.title",
				message("api.problem.method.detail", String.join(", ", ex.getSupportedMethods() == null ? new String[0]
						: ex.getSupportedMethods()))));
	}

	private ProblemDetail problem(HttpStatus status, String titleCode, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(message(titleCode));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
