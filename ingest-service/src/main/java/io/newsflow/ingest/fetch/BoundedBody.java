package io.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;

/**
 * Collects a response body chunk by chunk and fails as soon as it grows past the limit, so an endless or
 * huge body is cut off on the wire instead of being buffered first.
 */
final class BoundedBody {

    private final long maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    BoundedBody append(byte[] chunk) {
        if (bytes.size() + (long) chunk.length > maxBytes) {
            throw new BodyTooLargeException("body is larger than " + Sizes.describe(maxBytes));
        }
        bytes.write(chunk, 0, chunk.length);
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
