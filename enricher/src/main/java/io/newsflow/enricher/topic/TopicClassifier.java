package io.newsflow.enricher.topic;

import io.newsflow.enricher.Topic;
import io.newsflow.enricher.text.AnalyzedText;
import io.newsflow.enricher.text.Sentence;
import io.newsflow.enricher.text.Stems;
import io.newsflow.enricher.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * IPTC Media Topics (top level) of a text by a weighted lexicon: each cue word found adds its weight to
 * its topics, headline words count more, and a topic's score is its share of all cue weight found.
 * Thread-safe.
 */
public final class TopicClassifier {

    /** The headline says what the story is about: its cue words count this many times. */
    private static final double HEADLINE_WEIGHT = 3.0;

    /** Topics reported at most; a news story rarely belongs to more than a few. */
    private static final int MAX_TOPICS = 3;

    /** A topic with less than this share of the cue weight is a passing mention, not a subject. */
    private static final double MIN_SHARE = 0.12;

    /** Fewer cue words than this (weighted) is too little evidence to name any topic. */
    private static final double MIN_EVIDENCE = 3.0;

    private final TopicLexicon lexicon = TopicLexicon.load();

    /** Best first; empty when the text gives too little evidence. */
    public List<Topic> classify(AnalyzedText text) {
        double[] weights = new double[lexicon.codes.size()];
        for (Sentence sentence : text.sentences()) {
            double factor = sentence.headline() ? HEADLINE_WEIGHT : 1.0;
            for (Token token : sentence.tokens()) {
                if (token.isWord()) {
                    List<TopicLexicon.TopicCue> cues = lexicon.cues.get(Stems.of(token.text()));
                    if (cues != null) {
                        cues.forEach(c -> weights[c.topic()] += c.weight() * factor);
                    }
                }
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total < MIN_EVIDENCE) {
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            double share = weights[i] / total;
            if (share >= MIN_SHARE) {
                topics.add(new Topic(lexicon.codes.get(i), lexicon.labels.get(i), share));
            }
        }
        topics.sort(Comparator.comparingDouble(Topic::score).reversed());
        return topics.size() > MAX_TOPICS ? List.copyOf(topics.subList(0, MAX_TOPICS)) : topics;
    }
}
