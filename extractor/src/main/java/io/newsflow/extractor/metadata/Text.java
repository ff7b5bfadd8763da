package io.newsflow.extractor.metadata;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by the metadata readers. */
public final class Text {

    /** Includes no-break and other Unicode spaces, which pages use between name parts and in dates. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private Text() {
    }

    public static String normalizeSpace(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Each line's whitespace normalised, blank lines dropped. */
    public static String normalizeLines(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\\R")) {
            String clean = normalizeSpace(line);
            if (!clean.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }
}
