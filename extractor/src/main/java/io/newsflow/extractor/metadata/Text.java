package io.newsflow.extractor.metadata;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by the metadata readers. */
public final class Text {

    /** Any line break, compiled once (String.split compiles its regex on every call). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Includes no-break and other Unicode spaces, which pages use between name parts and in dates. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private Text() {
    }

    public static String normalizeSpace(String s) {
        if (s == null) {
            return "";
        }
        // Same result as SPACES.matcher(s).replaceAll(" ").strip(), without a regex: it runs on most texts read.
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (out == null && space && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) {
                out = new StringBuilder(n).append(s, 0, i); // first run that is not already one plain space
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (i == 0 || !isSpace(s.charAt(i - 1))) {
                    out.append(' '); // a run of spaces becomes one
                }
            }
        }
        return (out == null ? s : out.toString()).strip();
    }

    /** The characters of {@link #SPACES}: {@code \s} (ASCII), no-break and the Unicode spaces pages use. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200B') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Each line's whitespace normalised, blank lines dropped. */
    public static String normalizeLines(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : LINE_BREAK.split(s)) {
            String clean = normalizeSpace(line);
            if (!clean.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }
}
