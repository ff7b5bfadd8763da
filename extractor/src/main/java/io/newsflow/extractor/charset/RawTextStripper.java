package io.newsflow.extractor.charset;

/**
 * Drops the contents of {@code <style>} elements and of {@code <script>} elements other than JSON-LD from the
 * page bytes before they are decoded and parsed. On the AEB dev pages these contents are 56 % of all characters
 * (styles 34 %, scripts 22 %), and nothing downstream reads them: the content cleaner removes both elements and
 * the metadata readers look only at {@code application/ld+json} scripts. The start and end tags stay (a
 * {@code <script src>} or {@code <style>} element is still there, only empty), so the parsed tree is the same.
 *
 * <p>The scan follows the HTML tokenizer far enough never to mistake text for a tag: comments, quoted attribute
 * values, and the raw or escapable text of {@code title}, {@code textarea}, {@code xmp}, {@code iframe},
 * {@code noembed}, {@code noframes} are passed over unchanged; {@code plaintext} ends the scan; an element without
 * its end tag is kept whole. Works on any charset in which {@code '<'} and ASCII letters are always single
 * bytes that never occur inside a multi-byte character (see {@link #safeFor}).
 */
public final class RawTextStripper {

    private static final byte[] SCRIPT = ascii("script");
    private static final byte[] STYLE = ascii("style");
    /** Inline vector graphics: icons whose path data is 9 % of what is left; the cleaner drops them as junk. */
    private static final byte[] SVG = ascii("svg");
    /** Elements whose text the tokenizer reads up to their end tag without looking for tags inside. */
    private static final byte[][] OPAQUE = {ascii("title"), ascii("textarea"), ascii("xmp"), ascii("iframe"),
        ascii("noembed"), ascii("noframes")};
    private static final byte[] PLAINTEXT = ascii("plaintext");
    /** The type of the scripts that are kept: the metadata readers parse JSON-LD. */
    private static final byte[] LD_JSON = ascii("ld+json");
    /** Longest tag name compared: "plaintext". */
    private static final int MAX_NAME = 9;

    private RawTextStripper() {
    }

    /**
     * Charsets in which the scan is byte-safe: the ASCII-compatible single-byte ones, UTF-8, and the CJK multi-byte
     * ones whose trail bytes never take the value of {@code '<'}. Not UTF-16/32, ISO-2022 (7-bit escapes) or EBCDIC.
     */
    static boolean safeFor(java.nio.charset.Charset charset) {
        if (charset == null) {
            return true;
        }
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.equals("UTF-8") || name.startsWith("WINDOWS-") || name.startsWith("ISO-8859-")
                || name.startsWith("KOI8") || name.equals("US-ASCII") || name.equals("SHIFT_JIS")
                || name.equals("WINDOWS-31J") || name.startsWith("EUC-") || name.startsWith("GB")
                || name.startsWith("BIG5") || name.startsWith("X-WINDOWS-") || name.startsWith("X-EUC");
    }

    /** The page without script and style contents; the same array when there is nothing to drop. */
    public static byte[] strip(byte[] in) {
        // A latin-1 view of the bytes (one array copy): String.indexOf is vectorised, a byte loop is not.
        String view = new String(in, java.nio.charset.StandardCharsets.ISO_8859_1);
        int n = in.length;
        int[] nextEq = {-1};
        byte[] out = null;
        int outLen = 0;
        int copied = 0; // in[copied..i) still has to be copied to out
        int i = 0;
        while (i < n) {
            int lt = view.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            byte next = in[lt + 1];
            if (next == '!') {
                i = lt + 4 <= n && in[lt + 2] == '-' && in[lt + 3] == '-' ? endOfComment(view, lt + 4) : endOfTag(view, lt + 2);
                continue;
            }
            if (next == '/' && lt + 2 < n && isLetter(in[lt + 2])) {
                int end = endOfStartTag(in, view, lt + 2, nextEq); // an end tag's attributes are read like a start tag's
                if (end < 0) {
                    break;
                }
                i = end;
                continue;
            }
            if (next == '/' || next == '?') {
                i = endOfTag(view, lt + 2);
                continue;
            }
            if (!isLetter(next)) {
                i = lt + 1;
                continue;
            }
            int nameEnd = lt + 1;
            while (nameEnd < n && isNameChar(in[nameEnd])) {
                nameEnd++;
            }
            int tagEnd = endOfStartTag(in, view, nameEnd, nextEq);
            if (tagEnd < 0) {
                break; // an unclosed tag runs to the end of the page
            }
            boolean script = nameIs(in, lt + 1, nameEnd, SCRIPT);
            boolean style = !script && nameIs(in, lt + 1, nameEnd, STYLE);
            if (nameIs(in, lt + 1, nameEnd, PLAINTEXT)) {
                break;
            }
            boolean svg = !script && !style && nameIs(in, lt + 1, nameEnd, SVG);
            byte[] raw = script ? SCRIPT : style ? STYLE : svg ? SVG : opaque(in, lt + 1, nameEnd);
            if (raw == null) {
                i = tagEnd;
                continue;
            }
            int close = findEndTag(in, view, tagEnd, raw);
            if (close < 0) {
                break; // no end tag: the rest of the page is this element's text, kept as it is
            }
            if (script && opensEscapedScript(in, view, tagEnd, close)) {
                break; // "<!-- ... <script": the tokenizer's double-escaped state may skip this end tag; keep the rest
            }
            if (svg && (in[tagEnd - 2] == '/' || holdsTag(in, view, tagEnd, close, SVG))) {
                i = tagEnd; // a self-closed or nested svg: the first end tag is not this one's, so it is parsed as it is
                continue;
            }
            boolean drop = (script && !containsIgnoreCase(in, lt, tagEnd, LD_JSON)) || style || svg;
            if (drop && close > tagEnd) {
                if (out == null) {
                    out = new byte[n];
                }
                System.arraycopy(in, copied, out, outLen, tagEnd - copied);
                outLen += tagEnd - copied;
                copied = close;
            }
            i = close;
        }
        if (out == null) {
            return in;
        }
        System.arraycopy(in, copied, out, outLen, n - copied);
        outLen += n - copied;
        return java.util.Arrays.copyOf(out, outLen);
    }

    private static byte[] opaque(byte[] in, int from, int to) {
        for (byte[] name : OPAQUE) {
            if (nameIs(in, from, to, name)) {
                return name;
            }
        }
        return null;
    }

    /** After "<!--": the index after "-->" (or "--!>"; "<!-->" and "<!--->" close at once), or the end of the page. */
    private static int endOfComment(String view, int from) {
        if (view.startsWith(">", from) || view.startsWith("->", from)) {
            return view.indexOf('>', from) + 1;
        }
        int end = view.indexOf("--", from);
        while (end >= 0) {
            if (view.startsWith(">", end + 2)) {
                return end + 3;
            }
            if (view.startsWith("!>", end + 2)) {
                return end + 4;
            }
            end = view.indexOf("--", end + 1);
        }
        return view.length();
    }

    /** End tags, doctypes, bogus comments: up to the next '>' (no quoting in these). */
    private static int endOfTag(String view, int from) {
        int gt = view.indexOf('>', from);
        return gt < 0 ? view.length() : gt + 1;
    }

    /** Whether a start tag {@code <name} opens between {@code from} and {@code to}. */
    private static boolean holdsTag(byte[] in, String view, int from, int to, byte[] name) {
        for (int lt = view.indexOf('<', from); lt >= 0 && lt < to; lt = view.indexOf('<', lt + 1)) {
            int after = lt + 1 + name.length;
            if (after < to && nameIs(in, lt + 1, after, name) && !isNameChar(in[after])) {
                return true;
            }
        }
        return false;
    }

    /** "<!--" and then "<script" inside a script's text: the tokenizer's double-escaped state. */
    private static boolean opensEscapedScript(byte[] in, String view, int from, int to) {
        boolean comment = false;
        // '<' is rare in script text; an unbounded indexOf("<!--") would run to the end of the page for every script
        for (int lt = view.indexOf('<', from); lt >= 0 && lt < to; lt = view.indexOf('<', lt + 1)) {
            comment = comment || view.startsWith("<!--", lt);
            if (comment && nameIs(in, lt + 1, Math.min(lt + 1 + SCRIPT.length, to), SCRIPT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a start tag's name: the index after its '>', reading attributes as the tokenizer does (a quote opens a
     * value only right after '='), or -1 when the page ends first.
     */
    private static int endOfStartTag(byte[] in, String view, int from, int[] nextEq) {
        int n = in.length;
        int i = from;
        while (i < n) {
            int gt = view.indexOf('>', i);
            if (gt < 0) {
                return -1;
            }
            if (nextEq[0] < i) {
                // the next '=' of the page, kept across calls: searching afresh in every tag could run far past it
                int eq = view.indexOf('=', i);
                nextEq[0] = eq < 0 ? Integer.MAX_VALUE : eq;
            }
            if (nextEq[0] > gt) {
                return gt + 1;
            }
            i = nextEq[0] + 1;
            while (i < n && isSpace(in[i])) {
                i++;
            }
            if (i < n && (in[i] == '"' || in[i] == '\'')) {
                int q = view.indexOf(in[i], i + 1);
                if (q < 0) {
                    return -1;
                }
                i = q + 1;
            } else {
                while (i < n && !isSpace(in[i]) && in[i] != '>') {
                    i++; // an unquoted value: quotes and '=' inside it are plain characters
                }
            }
        }
        return -1;
    }

    /** The index of the end tag "</name" (followed by space, '/' or '>') from {@code from}, or -1. */
    private static int findEndTag(byte[] in, String view, int from, byte[] name) {
        int n = in.length;
        for (int lt = view.indexOf("</", from); lt >= 0; lt = view.indexOf("</", lt + 1)) {
            int after = lt + 2 + name.length;
            if (after > n) {
                return -1;
            }
            if (nameIs(in, lt + 2, after, name) && (after == n || isSpace(in[after]) || in[after] == '/' || in[after] == '>')) {
                return lt;
            }
        }
        return -1;
    }

    private static boolean nameIs(byte[] in, int from, int to, byte[] name) {
        if (to - from != name.length || name.length > MAX_NAME) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if ((in[from + k] | 0x20) != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(byte[] in, int from, int to, byte[] word) {
        outer:
        for (int i = from; i + word.length <= to; i++) {
            for (int k = 0; k < word.length; k++) {
                byte c = in[i + k];
                if ((isLetter(c) ? (byte) (c | 0x20) : c) != word[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(byte c) {
        return !(isSpace(c) || c == '/' || c == '>');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
