package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Topic;
import io.newsflow.enricher.text.TextAnalyzer;
import io.newsflow.enricher.topic.TopicClassifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A document's IPTC topic shares, computed from its words alone (no tagging, so indexing stays cheap)
 * and stored with it; two documents agree on topics by the cosine of their shares.
 */
public final class TopicProfile {

    /**
     * Shares of recently profiled documents held at most: a service profiles an article to query its
     * related articles and again to index it right after; past this the holding is emptied, which only
     * costs profiling again.
     */
    private static final int MAX_HELD = 1_024;

    private final TopicClassifier classifier;
    /** Document id -> shares of the text with that fingerprint ({@link CorpusFields#fingerprint}). */
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(long fingerprint, Map<String, Double> shares) {
    }

    public TopicProfile(TopicClassifier classifier) {
        this.classifier = classifier;
    }

    /** Topic code -> share; unmodifiable. */
    public Map<String, Double> of(Document doc) {
        if (doc.id() == null) {
            return profile(doc);
        }
        long fingerprint = CorpusFields.fingerprint(doc);
        Held known = held.get(doc.id());
        if (known != null && known.fingerprint() == fingerprint) {
            return known.shares();
        }
        Map<String, Double> shares = profile(doc);
        if (held.size() >= MAX_HELD) {
            held.clear();
        }
        held.put(doc.id(), new Held(fingerprint, shares));
        return shares;
    }

    private Map<String, Double> profile(Document doc) {
        List<Topic> topics = classifier.classify(TextAnalyzer.withoutTags(doc.title(), doc.body()));
        Map<String, Double> shares = new HashMap<>();
        topics.forEach(t -> shares.put(t.code(), t.score()));
        return Collections.unmodifiableMap(shares);
    }

    /** The document's topic shares in the stored form of {@link CorpusFields#TOPICS}. */
    public String encoded(Document doc) {
        return encode(of(doc));
    }

    static String encode(Map<String, Double> shares) {
        return shares.entrySet().stream()
                .map(e -> e.getKey() + ":" + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining(" "));
    }

    static Map<String, Double> decode(String stored) {
        Map<String, Double> shares = new HashMap<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(" ")) {
                int colon = pair.indexOf(':');
                shares.put(pair.substring(0, colon), Double.parseDouble(pair.substring(colon + 1)));
            }
        }
        return shares;
    }

    /** Cosine of two topic share vectors; 0 when either has no topic. */
    static double agreement(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norms = Math.sqrt(squares(a) * squares(b));
        return norms == 0 ? 0 : Math.min(1, dot / norms);
    }

    private static double squares(Map<String, Double> v) {
        return v.values().stream().mapToDouble(x -> x * x).sum();
    }
}
