package io.newsflow.enricher.text;

import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/** English (Snowball) stems of lower-cased words, for matching lexicons and counting phrase variants. */
public final class Stems {

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Stems() {
    }

    public static String of(String word) {
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Stems of each space-separated word, joined by single spaces. */
    public static String ofPhrase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.trim().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(of(word));
        }
        return out.toString();
    }
}
