package io.newsflow.enricher.text;

/**
 * A word or punctuation mark of a sentence.
 *
 * @param text  as written (apostrophes normalised to ASCII)
 * @param pos   Universal Dependencies part-of-speech tag (PROPN, NOUN, ADJ, ...)
 * @param index position in its sentence, from 0
 */
public record Token(String text, String pos, int index) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isNoun() {
        return "NOUN".equals(pos) || "PROPN".equals(pos);
    }

    public boolean isAdjective() {
        return "ADJ".equals(pos);
    }

    /** Starts with an upper-case letter (a name, an acronym, or just the start of a sentence). */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
