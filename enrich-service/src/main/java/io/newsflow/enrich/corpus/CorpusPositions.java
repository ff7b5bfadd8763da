package io.newsflow.enrich.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * The corpus feed's read positions as the index's commit data: one entry,
 * {@code "topic:partition=offset,..."}. Anything unreadable counts as no position (the topic is read whole).
 */
final class CorpusPositions {

    static final String KEY = "newsflow.corpus.positions";

    private CorpusPositions() {
    }

    static Map<String, String> encode(Map<TopicPartition, Long> positions) {
        StringBuilder value = new StringBuilder();
        new TreeMap<>(toText(positions)).forEach((partition, offset) -> {
            if (!value.isEmpty()) {
                value.append(',');
            }
            value.append(partition).append('=').append(offset);
        });
        return Map.of(KEY, value.toString());
    }

    static Map<TopicPartition, Long> decode(Map<String, String> commitData) {
        String value = commitData.get(KEY);
        Map<TopicPartition, Long> positions = new HashMap<>();
        if (value == null || value.isBlank()) {
            return positions;
        }
        try {
            for (String entry : value.split(",")) {
                int equals = entry.lastIndexOf('=');
                int colon = entry.lastIndexOf(':', equals);
                positions.put(new TopicPartition(entry.substring(0, colon),
                                Integer.parseInt(entry.substring(colon + 1, equals))),
                        Long.parseLong(entry.substring(equals + 1)));
            }
        } catch (RuntimeException e) {
            return new HashMap<>();
        }
        return positions;
    }

    private static Map<String, Long> toText(Map<TopicPartition, Long> positions) {
        Map<String, Long> text = new HashMap<>();
        positions.forEach((partition, offset) -> text.put(partition.topic() + ":" + partition.partition(), offset));
        return text;
    }
}
