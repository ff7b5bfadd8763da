package io.newsflow.enricher.text;

import java.util.List;

/**
 * A sentence (or a heading, caption or other line without a full stop) of the text.
 *
 * @param tokens   its tokens in order
 * @param ordinal  position of the sentence in the text, from 0
 * @param headline true for the document's title
 */
public record Sentence(List<Token> tokens, int ordinal, boolean headline) {

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
