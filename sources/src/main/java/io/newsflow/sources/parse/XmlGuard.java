package io.newsflow.sources.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Makes an XML document safe to hand to any parser: a DOCTYPE with an internal subset (the only place
 * entities can be declared, hence XXE and "billion laughs") is refused; a plain DOCTYPE that only names
 * an external DTD (Netscape's RSS 0.91 has one) is blanked out, so every parser downstream can run with
 * DOCTYPEs disallowed and never loads a DTD.
 *
 * <p>Only the prolog is scanned (XML allows a DOCTYPE nowhere else). ASCII-compatible encodings (UTF-8,
 * ISO-8859-x, windows-125x) are blanked in place; UTF-16 documents with a DOCTYPE are refused.
 */
public final class XmlGuard {

    private static final String DOCTYPE = "<!DOCTYPE";

    private XmlGuard() {
    }

    /** The document, with a harmless DOCTYPE blanked; refuses an internal subset. Non-XML comes back as is. */
    public static byte[] sanitize(byte[] body) {
        if (isUtf16(body)) {
            String text = new String(body, body[0] == (byte) 0xFE || body[0] == 0 ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE);
            if (doctypeStart(text) >= 0) {
                throw new MalformedSourceException("XML refused: a DOCTYPE in a UTF-16 document");
            }
            return body;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);   // one char per byte: offsets match
        int start = doctypeStart(text);
        if (start < 0) {
            return body;
        }
        int end = doctypeEnd(text, start);
        byte[] copy = Arrays.copyOf(body, body.length);
        Arrays.fill(copy, start, end + 1, (byte) ' ');
        return copy;
    }

    /** Where the prolog's DOCTYPE starts, or -1. */
    private static int doctypeStart(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.regionMatches(true, i, DOCTYPE, 0, DOCTYPE.length())) {
                return i;
            } else {
                return -1;   // the root element (or not XML at all): no DOCTYPE can follow
            }
        }
        return -1;
    }

    /** The index of the DOCTYPE's closing '>'; refuses an internal subset. */
    private static int doctypeEnd(String text, int start) {
        char quote = 0;
        for (int i = start + DOCTYPE.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                throw new MalformedSourceException(
                        "XML refused: a DOCTYPE with an internal subset (entity declarations are not allowed)");
            } else if (c == '>') {
                return i;
            }
        }
        throw new MalformedSourceException("XML refused: unterminated DOCTYPE");
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
                || (b[0] == 0 && b[1] == '<') || (b[0] == '<' && b[1] == 0));
    }
}
