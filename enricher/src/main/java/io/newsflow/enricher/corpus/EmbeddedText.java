package io.newsflow.enricher.corpus;

/** A document's quantised sentence embedding and the hash of the text it was computed from. */
public record EmbeddedText(byte[] vector, int textHash) {
}
