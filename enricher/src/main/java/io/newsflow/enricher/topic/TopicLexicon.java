package io.newsflow.enricher.topic;

import io.newsflow.enricher.text.Stems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The IPTC top-level topics and the weighted cue stems of each, read from {@code iptc-topics.tsv}. */
final class TopicLexicon {

    static final String RESOURCE = "iptc-topics.tsv";

    record TopicCue(int topic, double weight) {
    }

    final List<String> codes = new ArrayList<>();
    final List<String> labels = new ArrayList<>();
    /** Stem -> the topics it cues, with weights. */
    final Map<String, List<TopicCue>> cues = new HashMap<>();

    static TopicLexicon load() {
        try (InputStream in = TopicLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            TopicLexicon lexicon = new TopicLexicon();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(lexicon::addLine);
            return lexicon;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void addLine(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 3) {
            throw new IllegalStateException(RESOURCE + ": expected code, label, cues: " + line);
        }
        int topic = codes.size();
        codes.add(columns[0]);
        labels.add(columns[1]);
        for (String cue : columns[2].trim().split("\\s+")) {
            int colon = cue.indexOf(':');
            String word = colon < 0 ? cue : cue.substring(0, colon);
            double weight = colon < 0 ? 1 : Double.parseDouble(cue.substring(colon + 1));
            List<TopicCue> list = cues.computeIfAbsent(Stems.of(word), s -> new ArrayList<>());
            if (list.stream().noneMatch(c -> c.topic() == topic)) {
                list.add(new TopicCue(topic, weight));
            }
        }
    }
}
