package io.newsflow.ingest.fetch;

import java.io.IOException;

/** The body is in a content encoding the fetcher did not ask for, or is corrupt in the one it did. */
final class UndecodableBodyException extends IOException {

    UndecodableBodyException(String message) {
        super(message);
    }
}
