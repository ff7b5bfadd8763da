package io.newsflow.enricher.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words and punctuation. A regular expression rather than OpenNLP's tokenizer
 * model, which keeps "Ukraine's" and "Kyiv." whole: names must come out clean for entity matching.
 */
public final class Tokenizer {

    /**
     * In order of preference: dotted abbreviations (U.S., U.K.), single-letter initials (J.), words with
     * inner hyphens, dots or ampersands (NATO-Ukraine, much-needed, AT&amp;T), the possessive 's as its
     * own token, ordinals (88th), numbers with separators (300,000 / 3.5), then any other non-space character.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
                    + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"
                    + "|'s\\b|'(?=\\s)"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:(?:[-&]|'(?!s\\b))[\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\p{N}+(?:st|nd|rd|th)\\b"
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*(?:-[\\p{L}]+)?"
                    + "|\\S");

    private Tokenizer() {
    }

    public static List<String> tokenize(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
