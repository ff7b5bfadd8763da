package io.newsflow.enricher.entity;

import io.newsflow.enricher.Entity;
import io.newsflow.enricher.text.AnalyzedText;
import io.newsflow.enricher.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * People, organisations, places and events named in a text, each with its type, salience, mention
 * count and, for well-known entities, a Wikidata id from the curated gazetteer. Thread-safe.
 */
public final class EntityExtractor {

    private final MentionFinder finder;

    public EntityExtractor() {
        this.finder = new MentionFinder(Gazetteer.load());
    }

    /** Best first; empty when the text names nothing. */
    public List<Entity> extract(AnalyzedText text) {
        return extract(text, false);
    }

    /**
     * As {@link #extract(AnalyzedText)}; with {@code knownOnly}, only gazetteer entities: for text in
     * another language than English, whose capitals and word order the English cues misread.
     */
    public List<Entity> extract(AnalyzedText text, boolean knownOnly) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            mentions.addAll(finder.find(sentence));
        }
        if (knownOnly) {
            mentions.removeIf(m -> m.known() == null);
        }
        return new EntityResolver().resolve(mentions);
    }
}
