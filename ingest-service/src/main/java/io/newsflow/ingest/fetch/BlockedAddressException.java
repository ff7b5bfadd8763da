package io.newsflow.ingest.fetch;

import java.io.IOException;

/** The address policy refused the connection before it was attempted. */
final class BlockedAddressException extends IOException {

    BlockedAddressException(String message) {
        super(message);
    }
}
