package io.newsflow.ingest.fetch;

/**
 * The body (as received or once decoded) exceeded the configured maximum; the download was cut off.
 * Unchecked so it can leave the reactive operator that counts the bytes.
 */
final class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(String message) {
        super(message);
    }
}
