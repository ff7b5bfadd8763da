package io.newsflow.sources.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the format of a document from its first bytes (the Content-Type of feeds and sitemaps is too
 * often wrong to trust): a JSON object is a JSON Feed, XML is told by its root element, anything else
 * is a plain list of URLs.
 */
public final class FormatDetector {

    /** Enough to get past an XML declaration, comments and a DOCTYPE to the root element. */
    private static final int SNIFF_BYTES = 8192;
    /** The first start tag that is not a declaration, comment or DOCTYPE: its local name. */
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<(?![?!])(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");

    private FormatDetector() {
    }

    public static SourceFormat detect(byte[] body) {
        String head = head(body);
        String trimmed = head.strip();
        if (trimmed.startsWith("{")) {
            return SourceFormat.JSON_FEED;
        }
        if (!trimmed.startsWith("<")) {
            return SourceFormat.TEXT;
        }
        String root = rootElement(stripProlog(trimmed));
        return switch (root) {
            case "rss", "rdf", "feed", "channel" -> SourceFormat.XML_FEED;
            case "urlset", "sitemapindex" -> SourceFormat.XML_SITEMAP;
            case "opml" -> SourceFormat.OPML;
            default -> throw new MalformedSourceException(root.isEmpty() ? "not a feed, sitemap or OPML document"
                    : "not a feed, sitemap or OPML document: root element <" + root + ">");
        };
    }

    private static String head(byte[] body) {
        int length = Math.min(body.length, SNIFF_BYTES);
        boolean utf16 = length >= 2 && (body[0] == 0 || body[1] == 0 || body[0] == (byte) 0xFE || body[0] == (byte) 0xFF);
        String text = utf16 ? new String(body, 0, length, StandardCharsets.UTF_16)
                : new String(body, 0, length, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String stripProlog(String text) {
        String rest = text;
        while (true) {
            rest = rest.stripLeading();
            if (rest.startsWith("<?")) {
                rest = after(rest, "?>");
            } else if (rest.startsWith("<!--")) {
                rest = after(rest, "-->");
            } else if (rest.regionMatches(true, 0, "<!DOCTYPE", 0, 9)) {
                rest = after(rest, ">");
            } else {
                return rest;
            }
        }
    }

    private static String after(String text, String end) {
        int at = text.indexOf(end);
        return at < 0 ? "" : text.substring(at + end.length());
    }

    private static String rootElement(String text) {
        Matcher m = ROOT_ELEMENT.matcher(text);
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
