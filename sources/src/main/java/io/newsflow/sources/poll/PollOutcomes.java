package io.newsflow.sources.poll;

import io.newsflow.sources.parse.MalformedSourceException;
import io.newsflow.sources.spi.SourceFetchException;
import java.util.concurrent.TimeoutException;

/** The short, human-readable {@code lastOutcome} texts. */
final class PollOutcomes {

    /** Keeps the subscription record and the API answer readable when a parser's message is long. */
    static final int MAX_LENGTH = 500;

    private PollOutcomes() {
    }

    static String notModified() {
        return "304";
    }

    static String fetched(int status, int submitted) {
        return status + ", " + submitted + " new";
    }

    /** "HTTP 500", "BLOCKED_ADDRESS: …", "unreadable: …", "timed out". */
    static String describe(Throwable error) {
        if (error instanceof SourceFetchException fetch) {
            return fetch.httpStatus() > 0 ? "HTTP " + fetch.httpStatus()
                    : fetch.reasonCode() + ": " + fetch.getMessage();
        }
        if (error instanceof MalformedSourceException malformed) {
            return "unreadable: " + malformed.getMessage();
        }
        if (error instanceof TimeoutException) {
            return "timed out";
        }
        return "failed: " + error;
    }

    static String bounded(String outcome) {
        return outcome.length() <= MAX_LENGTH ? outcome : outcome.substring(0, MAX_LENGTH - 1) + "…";
    }
}
