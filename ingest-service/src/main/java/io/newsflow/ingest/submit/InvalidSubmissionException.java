package io.newsflow.ingest.submit;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400: the request names no URL, too many, or invalid ones; the ProblemDetail lists each bad field. */
final class InvalidSubmissionException extends ErrorResponseException {

    InvalidSubmissionException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid submission");
        problem.setProperty("errors", errors);
        return problem;
    }
}
