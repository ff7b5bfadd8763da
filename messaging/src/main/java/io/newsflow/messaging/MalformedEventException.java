package io.newsflow.messaging;

/**
 * A record that no retry can fix: not JSON, not the expected shape, a schema version newer than this
 * service understands, or larger than allowed. The error handler sends it to the dead-letter topic at
 * once, with this message in its headers.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
