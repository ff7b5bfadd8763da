package io.newsflow.sources.api;

import java.util.concurrent.TimeoutException;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ServerWebInputException;

/**
 * Every error of this module's controllers leaves as {@code application/problem+json}, whatever the
 * hosting service does for its own; nothing here becomes a 500 except a real fault.
 */
abstract class ProblemHandling {

    @ExceptionHandler(SourceApiException.class)
    ResponseEntity<ProblemDetail> refused(SourceApiException e) {
        return problem(e.toProblem());
    }

    @ExceptionHandler({ServerWebInputException.class, DecodingException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "unreadable request body: " + rootMessage(e)));
    }

    /** The broker did not take a write (timeout, unavailable): the caller may try again. */
    @ExceptionHandler({TimeoutException.class, org.apache.kafka.common.KafkaException.class,
            org.springframework.kafka.KafkaException.class})
    ResponseEntity<ProblemDetail> brokerUnavailable(Exception e) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the message broker did not acknowledge the change in time; it may still be applied: check, then try again"));
    }

    static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getClass().getSimpleName() : cause.getMessage();
    }
}
