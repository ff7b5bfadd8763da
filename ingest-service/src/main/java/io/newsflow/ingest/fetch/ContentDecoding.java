package io.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The content encodings the fetcher asks for ({@value #ACCEPTED}). Decoding is streamed and stops as soon
 * as the output passes the limit, so a small gzip bomb never expands in memory.
 */
enum ContentDecoding {
    IDENTITY, GZIP, DEFLATE;

    /** The Accept-Encoding header that matches the encodings decoded here. */
    static final String ACCEPTED = "gzip, deflate";

    private static final int CHUNK = 16 * 1024;
    /** First byte of a zlib stream (deflate, 32 KB window); servers also send raw deflate without it. */
    private static final int ZLIB_HEADER = 0x78;

    /** The decoding for a Content-Encoding header value. */
    static ContentDecoding of(String contentEncoding) throws UndecodableBodyException {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return IDENTITY;
        }
        return switch (contentEncoding.trim().toLowerCase(Locale.ROOT)) {
            case "identity" -> IDENTITY;
            case "gzip", "x-gzip" -> GZIP;
            case "deflate" -> DEFLATE;
            default -> throw new UndecodableBodyException("content encoding '" + contentEncoding
                    + "' was not asked for");
        };
    }

    /** The decoded body, at most {@code maxBytes} long. */
    byte[] decode(byte[] body, long maxBytes) throws UndecodableBodyException {
        if (this == IDENTITY) {
            return body;
        }
        try (InputStream in = open(body)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, CHUNK * 64));
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (out.size() + (long) read > maxBytes) {
                    throw new BodyTooLargeException("body is larger than " + Sizes.describe(maxBytes)
                            + " once decoded (" + name().toLowerCase(Locale.ROOT) + ")");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UndecodableBodyException("body is not valid " + name().toLowerCase(Locale.ROOT)
                    + ": " + e.getMessage());
        }
    }

    private InputStream open(byte[] body) throws IOException {
        ByteArrayInputStream raw = new ByteArrayInputStream(body);
        if (this == GZIP) {
            return new GZIPInputStream(raw, CHUNK);
        }
        boolean zlibWrapped = body.length > 0 && (body[0] & 0xFF) == ZLIB_HEADER;
        return new InflaterInputStream(raw, new Inflater(!zlibWrapped), CHUNK);
    }
}
