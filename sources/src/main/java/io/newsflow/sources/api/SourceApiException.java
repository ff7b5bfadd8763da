package io.newsflow.sources.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refused API request, answered as an RFC 9457 problem with optional extra members. */
class SourceApiException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> properties;

    SourceApiException(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }

    SourceApiException(HttpStatus status, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.properties = properties;
    }

    ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }

    static SourceApiException notFound(String sourceId) {
        return new SourceApiException(HttpStatus.NOT_FOUND, "no subscription " + sourceId);
    }

    static SourceApiException notReady() {
        return new SourceApiException(HttpStatus.SERVICE_UNAVAILABLE,
                "the subscription registry is still being read from the broker; try again in a few seconds");
    }
}
