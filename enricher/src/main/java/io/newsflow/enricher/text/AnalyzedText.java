package io.newsflow.enricher.text;

import java.util.List;

/**
 * A document cut into sentences of tagged tokens, title first.
 *
 * @param sentences title (when present) then the body's sentences
 * @param cleanBody the body without boilerplate lines, as analysed
 */
public record AnalyzedText(List<Sentence> sentences, String cleanBody) {

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
