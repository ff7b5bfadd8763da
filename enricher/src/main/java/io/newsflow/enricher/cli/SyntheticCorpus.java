package io.newsflow.enricher.cli;

import io.newsflow.enricher.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Articles of a chosen length recombined from the sentences of seed articles, for benchmarks: each one
 * draws most sentences from one seed story (so related stories exist) and the rest from any.
 */
final class SyntheticCorpus {

    /** Share of sentences taken from the article's own seed story. */
    private static final double OWN_STORY_SHARE = 0.7;

    private final List<List<String>> stories = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final Random random;

    SyntheticCorpus(List<Document> seeds, long seed) {
        this.random = new Random(seed);
        for (Document doc : seeds) {
            List<String> sentences = new ArrayList<>();
            for (String sentence : doc.body().split("(?<=[.!?])\\s+")) {
                if (sentence.split("\\s+").length >= 5) {
                    sentences.add(sentence.strip());
                }
            }
            if (!sentences.isEmpty()) {
                stories.add(sentences);
                titles.add(doc.title());
            }
        }
        if (stories.isEmpty()) {
            throw new IllegalArgumentException("the seed articles have no sentences to recombine");
        }
    }

    Document next(String id, int words) {
        int story = random.nextInt(stories.size());
        StringBuilder body = new StringBuilder();
        int count = 0;
        while (count < words) {
            List<String> from = random.nextDouble() < OWN_STORY_SHARE ? stories.get(story)
                    : stories.get(random.nextInt(stories.size()));
            String sentence = from.get(random.nextInt(from.size()));
            body.append(sentence).append(random.nextInt(4) == 0 ? "\n" : " ");
            count += sentence.split("\\s+").length;
        }
        return new Document(id, "https://bench.example/" + id, titles.get(story), body.toString(), null, List.of());
    }
}
