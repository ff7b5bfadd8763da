package io.newsflow.enricher;

/**
 * Weights of the three similarities that rank related articles: words (TF-IDF cosine, the
 * more-like-this similarity), meaning (cosine of MiniLM sentence embeddings of headline and lead) and
 * IPTC topic agreement. They add up to 1 so scores stay in [0, 1].
 */
public record RelatedWeights(double words, double embedding, double topic) {

    /*
     * Chosen on the proxy evaluation (RelatedEvaluationTest, real news texts; figures in the README):
     * an article's two halves must find each other, and the top 5 related should share the article's
     * IPTC top topic. Words alone find the other half reliably but rank same-section stories with few
     * shared words low; embeddings alone rank same-section stories well but also pull in stories that
     * merely open alike. Equal weights for words and meaning did best on both checks; topic agreement
     * keeps a smaller share, as before, to lift same-section stories over off-topic word overlap (it
     * comes from a lexicon, the least precise of the three).
     */
    public static final RelatedWeights DEFAULT = new RelatedWeights(0.4, 0.4, 0.2);

    public RelatedWeights {
        if (words < 0 || embedding < 0 || topic < 0 || Math.abs(words + embedding + topic - 1) > 1e-6) {
            throw new IllegalArgumentException("related weights must be >= 0 and add up to 1: " + words + ", "
                    + embedding + ", " + topic);
        }
    }
}
