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
}
