package io.newsflow.sources.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the documents under {@code src/test/resources/documents}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] document(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
