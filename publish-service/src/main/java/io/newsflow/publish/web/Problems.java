package io.newsflow.publish.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The service's own errors as RFC 9457 problems. They are {@link ErrorResponseException}s, so the
 * single {@link io.newsflow.web.problems.ProblemDetailErrorHandler} renders them like the framework's own.
 */
public final class Problems {

    /** Ids are hex hashes or UUIDs; anything longer is not worth a database round trip. */
    private static final int MAX_ID_LENGTH = 128;
    private static final URI NOT_FOUND = URI.create("https://newsflow.io/problems/not-found");
    private static final URI INVALID_PARAMETER = URI.create("https://newsflow.io/problems/invalid-parameter");
    private static final URI UNAUTHORIZED = URI.create("https://newsflow.io/problems/unauthorized");

    private Problems() {
    }

    /** 404: there is no such {@code what} (article, submission) with this id. */
    public static ErrorResponseException notFound(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no " + what + " with id " + id);
        problem.setType(NOT_FOUND);
        problem.setTitle(capitalized(what) + " not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** 400: a query parameter is invalid; the problem names it in its {@code field} property. */
    public static ErrorResponseException invalidParameter(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Invalid parameter");
        problem.setProperty("field", field);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** 401: no token, or not one of the configured tokens. */
    public static ErrorResponseException unauthorized() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "a valid bearer token is required (Authorization: Bearer <token>)");
        problem.setType(UNAUTHORIZED);
        problem.setTitle("Unauthorized");
        ErrorResponseException error = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        error.getHeaders().set(org.springframework.http.HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return error;
    }

    /** True when the id could be one: short and without control characters. */
    public static boolean isPlausibleId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH && id.chars().noneMatch(Character::isISOControl);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
