package io.newsflow.sources.parse;

/** A document that cannot be read as the source it claims (or was detected) to be; the message says why. */
public class MalformedSourceException extends RuntimeException {

    public MalformedSourceException(String message) {
        super(message);
    }

    public MalformedSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
