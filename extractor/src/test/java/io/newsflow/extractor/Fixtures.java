package io.newsflow.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Reads the real pages under {@code src/test/resources/pages/<site>-<slug>/source.html.gz}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] page(String folder) {
        String path = "/pages/" + folder + "/source.html.gz";
        try (InputStream raw = Fixtures.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            try (InputStream in = new GZIPInputStream(raw)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
