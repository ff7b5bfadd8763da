package io.newsflow.sources.parse;

import io.newsflow.contracts.SourceKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.zip.GZIPInputStream;

/**
 * Reads a fetched feed or sitemap: gunzips a {@code .xml.gz} body (bounded), refuses a document over the
 * size limit, neutralises the XML prolog ({@link XmlGuard}), detects the format from the bytes and hands
 * it to the matching reader. Never returns null; a document it cannot read is a {@link MalformedSourceException}.
 */
public final class SourceDocumentParser {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final ParseLimits limits;

    public SourceDocumentParser(ParseLimits limits) {
        this.limits = limits;
    }

    /**
     * @param body     the document as fetched (Content-Encoding already removed)
     * @param base     the URL it was fetched from after redirects; relative links resolve against it
     * @param expected the kind the subscriber declared, or null to accept any pollable kind
     */
    public SourceDocument parse(byte[] body, URI base, SourceKind expected) {
        byte[] document = XmlGuard.sanitize(bounded(gunzipIfCompressed(body)));
        SourceFormat format = FormatDetector.detect(document);
        if (format.kind() == null) {
            throw new MalformedSourceException("an OPML file is a list of subscriptions, not a feed or sitemap:"
                    + " upload it to /api/submissions/upload instead");
        }
        if (expected != null && format.kind() != expected) {
            throw new MalformedSourceException("expected a " + expected.name().toLowerCase() + " but the document is "
                    + describe(format));
        }
        return switch (format) {
            case XML_FEED -> RomeFeedReader.read(document, base, limits);
            case JSON_FEED -> JsonFeedReader.read(document, base, limits);
            case XML_SITEMAP -> SitemapReader.read(document, false, base, limits);
            case TEXT -> SitemapReader.read(document, true, base, limits);
            case OPML -> throw new IllegalStateException("handled above");
        };
    }

    public ParseLimits limits() {
        return limits;
    }

    private byte[] bounded(byte[] body) {
        if (body.length > limits.maxDocumentBytes()) {
            throw new MalformedSourceException("document of " + body.length + " bytes exceeds the limit of "
                    + limits.maxDocumentBytes() + " bytes");
        }
        if (body.length == 0) {
            throw new MalformedSourceException("empty document");
        }
        return body;
    }

    /** A gzip body is inflated up to the size limit plus one byte, so a gzip bomb stops at the bound. */
    private byte[] gunzipIfCompressed(byte[] body) {
        if (body.length < 2 || (body[0] & 0xff) != GZIP_MAGIC_1 || (body[1] & 0xff) != GZIP_MAGIC_2) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                out.write(buffer, 0, read);
                if (out.size() > limits.maxDocumentBytes()) {
                    throw new MalformedSourceException("gzip document inflates beyond the limit of "
                            + limits.maxDocumentBytes() + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new MalformedSourceException("corrupt gzip document: " + e.getMessage(), e);
        }
    }

    private static String describe(SourceFormat format) {
        return switch (format) {
            case XML_FEED, JSON_FEED -> "a feed";
            case XML_SITEMAP -> "a sitemap";
            case TEXT -> "plain text (a text sitemap)";
            case OPML -> "OPML";
        };
    }
}
