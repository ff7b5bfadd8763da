package io.newsflow.enricher.entity;

import io.newsflow.enricher.Entity;
import io.newsflow.enricher.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the mentions of one entity ("Stoltenberg", "Jens Stoltenberg", "NATO", "North Atlantic Treaty
 * Organization"), settles its type by the votes of its mentions, and scores its salience.
 */
final class EntityResolver {

    /** A mention in the headline says what the story is about. */
    private static final double HEADLINE_WEIGHT = 2.0;

    /** Mentions in the lead (the first body sentences) weigh more than later ones, as in the inverted pyramid. */
    private static final double LEAD_WEIGHT = 1.5;

    /** Sentences (headline included) counted as the lead. */
    private static final int LEAD_SENTENCES = 4;

    /** Unknown multi-word names of at most this many words default to people (given name + family name). */
    private static final int MAX_PERSON_WORDS = 4;

    /** Entities reported per document; the rest are passing mentions. */
    static final int MAX_ENTITIES = 40;

    private final Map<String, Candidate> byKey = new LinkedHashMap<>();

    private static final class Candidate {
        final List<Mention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        GazetteerEntry known;
        String name;

        void add(Mention m) {
            mentions.add(m);
            if (m.type() != null) {
                votes.merge(m.type(), 1, Integer::sum);
            }
            if (m.known() != null) {
                known = m.known();
            }
            if (name == null || nameQuality(m.name()) > nameQuality(name)) {
                name = m.name();
            }
        }
    }

    /** Full names beat surnames, and "Antony Blinken" beats "Antony J. Blinken" (initials vary between mentions). */
    private static int nameQuality(String name) {
        int quality = 0;
        for (String word : name.split(" ")) {
            quality += isInitial(word) ? -1 : 2;
        }
        return quality;
    }

    List<Entity> resolve(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.known() != null || m.words().size() > 1) {
                byKey.computeIfAbsent(keyOf(m), k -> new Candidate()).add(m);
            }
        }
        for (Mention m : mentions) {   // single unknown words after the full names they may shorten
            if (m.known() == null && m.words().size() == 1) {
                byKey.computeIfAbsent(fullNameKey(m).orElse(keyOf(m)), k -> new Candidate()).add(m);
            }
        }
        List<Entity> entities = new ArrayList<>();
        double top = 0;
        for (Candidate c : byKey.values()) {
            top = Math.max(top, weight(c));
        }
        for (Candidate c : byKey.values()) {
            EntityType type = typeOf(c);
            if (type != null && !onlyOpensSentences(c)) {
                String name = c.known != null ? c.known.name() : c.name;
                entities.add(new Entity(name, type, weight(c) / top, c.mentions.size(),
                        c.known != null ? c.known.wikidataId() : null));
            }
        }
        entities.sort(Comparator.comparingDouble(Entity::score).reversed());
        return entities.size() > MAX_ENTITIES ? List.copyOf(entities.subList(0, MAX_ENTITIES)) : entities;
    }

    private static String keyOf(Mention m) {
        if (m.known() != null) {
            return "known:" + m.known().name();
        }
        return fold(String.join(" ", m.words().stream().filter(w -> !isInitial(w)).toList()));
    }

    /** "Stoltenberg" -> the person whose full name ends with it, when there is exactly one. */
    private java.util.Optional<String> fullNameKey(Mention m) {
        String word = fold(m.lastWord());
        List<String> keys = byKey.entrySet().stream()
                .filter(e -> e.getValue().mentions.get(0).words().size() > 1)
                .filter(e -> typeOf(e.getValue()) == EntityType.PERSON)
                .filter(e -> fold(lastWordOf(e.getValue())).equals(word))
                .map(Map.Entry::getKey).toList();
        return keys.size() == 1 ? java.util.Optional.of(keys.get(0)) : java.util.Optional.empty();
    }

    private static String lastWordOf(Candidate c) {
        String name = c.known != null ? c.known.name() : c.name;
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static EntityType typeOf(Candidate c) {
        if (c.known != null) {
            return c.known.type();
        }
        return c.votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(() -> looksLikePersonName(c) ? EntityType.PERSON : null);
    }

    /**
     * With no cue at all, a name of two to four capitalised words is most often a person's in news;
     * never when it is ever written after "the" (organisations, buildings, works).
     */
    private static boolean looksLikePersonName(Candidate c) {
        if (c.mentions.stream().anyMatch(Mention::afterArticle)) {
            return false;
        }
        String[] words = c.name.split(" ");
        if (words.length < 2 || words.length > MAX_PERSON_WORDS) {
            return false;
        }
        for (String w : words) {
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            if (acronym || NameCues.NEVER_NAMES.contains(NameCues.lower(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Officials said", "Forecasters warned": a single unknown capitalised word seen only at sentence
     * starts is an ordinary word there, whatever verb follows.
     */
    private static boolean onlyOpensSentences(Candidate c) {
        return c.known == null && c.mentions.stream().allMatch(m -> m.words().size() == 1 && m.sentenceInitial());
    }

    private static double weight(Candidate c) {
        double sum = 0;
        for (Mention m : c.mentions) {
            sum += m.headline() ? HEADLINE_WEIGHT : m.sentence() < LEAD_SENTENCES ? LEAD_WEIGHT : 1.0;
        }
        return sum;
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.';
    }

    /** Lower case without accents: "Billström" and "Billstrom" are one name. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
