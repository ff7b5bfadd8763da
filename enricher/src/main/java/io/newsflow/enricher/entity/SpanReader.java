package io.newsflow.enricher.entity;

import io.newsflow.enricher.EntityType;
import io.newsflow.enricher.text.Sentence;
import io.newsflow.enricher.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one run of capitalised tokens into mentions: long gazetteer names first, titles skipped (and
 * remembered as a cue that a person's name follows), then each stretch between titles as one typed
 * name ("NATO-Ukraine Council") or as gazetteer names and unknown names.
 */
final class SpanReader {
    private final Sentence sentence;
    private final List<Token> tokens;
    private final Gazetteer gazetteer;
    private final boolean titleCase;
    private final List<Mention> out;

    SpanReader(Sentence sentence, Gazetteer gazetteer, boolean titleCase, List<Mention> out) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.gazetteer = gazetteer;
        this.titleCase = titleCase;
        this.out = out;
    }

    void read(int from, int to) {
        int p = from;
        boolean afterRole = from > 0 && NameCues.isPersonCue(tokens.get(from - 1).text());
        while (p < to) {
            Optional<Gazetteer.Match> known = gazetteer.longestMatch(tokens, p, to);
            if (known.isPresent() && known.get().length() >= 2) {
                add(p, p + known.get().length(), null, known.get().entry());
                p += known.get().length();
                afterRole = false;
            } else if (isRoleAt(p, from)) {
                afterRole |= NameCues.isPersonCue(tokens.get(p).text());
                p++;
            } else {
                int end = segmentEnd(p, to, from);
                readSegment(p, end, afterRole);
                afterRole = false;
                p = end;
            }
        }
    }

    /** A title word, or "of"/"for"/"the" continuing a title ("Secretary of State for Foreign Affairs"). */
    private boolean isRoleAt(int p, int spanStart) {
        String word = tokens.get(p).text();
        if (NameCues.NAME_CONNECTORS.contains(word)) {
            return p > spanStart && NameCues.isRole(tokens.get(p - 1).text());
        }
        return NameCues.isRole(word);
    }

    private int segmentEnd(int p, int to, int spanStart) {
        int end = p + 1;
        while (end < to && !isRoleAt(end, spanStart)
                && gazetteer.longestMatch(tokens, end, to).map(m -> m.length() < 2).orElse(true)) {
            end++;
        }
        while (end > p + 1 && NameCues.NAME_CONNECTORS.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    /** A stretch without titles: a typed whole ("NATO-Ukraine Council"), or gazetteer names and unknown names. */
    private void readSegment(int from, int to, boolean titled) {
        boolean afterRole = titled;
        EntityType headType = typeOfWhole(from, to);
        if (headType != null && to - from >= 2) {
            add(from, to, headType, gazetteer.longestMatch(tokens, from, to)
                    .filter(m -> m.length() == to - from).map(Gazetteer.Match::entry).orElse(null));
            return;
        }
        int unknownStart = from;
        for (int p = from; p < to; p++) {
            Optional<Gazetteer.Match> known = gazetteer.longestMatch(tokens, p, to);
            if (known.isPresent()) {
                readUnknown(unknownStart, p, afterRole);
                afterRole = false;   // the title belonged to the name before this known one
                add(p, p + known.get().length(), null, known.get().entry());
                p += known.get().length() - 1;
                unknownStart = p + 1;
            } else if (addHyphenatedParts(p)) {
                readUnknown(unknownStart, p, afterRole);
                unknownStart = p + 1;
            }
        }
        readUnknown(unknownStart, to, afterRole);
    }

    private EntityType typeOfWhole(int from, int to) {
        EntityType type = NameCues.typeOfHead(tokens.get(to - 1).text());
        if (type != null) {
            return type;
        }
        for (int p = from; p + 1 < to; p++) {   // "Bank of England", "Ministry of Defence"
            if ("of".equals(tokens.get(p + 1).text()) && NameCues.typeOfHead(tokens.get(p).text()) != null) {
                return NameCues.typeOfHead(tokens.get(p).text());
            }
        }
        return null;
    }

    /** "Russia-Ukraine" (war): every part a known name, so each part is a mention. */
    private boolean addHyphenatedParts(int p) {
        String[] parts = tokens.get(p).text().split("-");
        if (parts.length < 2) {
            return false;
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String part : parts) {
            gazetteer.lookup(part).ifPresent(entries::add);
        }
        if (entries.size() != parts.length) {
            return false;
        }
        entries.forEach(e -> out.add(new Mention(List.of(e.name()), e.type(), e, sentence.ordinal(),
                sentence.headline(), false, false)));
        return true;
    }

    private void readUnknown(int from, int to, boolean afterRole) {
        while (from < to && NameCues.NAME_CONNECTORS.contains(tokens.get(from).text())) {
            from++;
        }
        while (to > from && NameCues.NAME_CONNECTORS.contains(tokens.get(to - 1).text())) {
            to--;
        }
        if (from >= to || titleCase || allNeverNames(from, to) || isAttributive(from, to) || qualifiesTitle(from, to)) {
            return;
        }
        EntityType cue = ContextCues.typeOf(tokens, from, to, afterRole);
        add(from, to, cue, null);
    }

    /**
     * "Swedish Foreign Minister", "Commander Transformation General": a lone unknown word right before a
     * title qualifies the title; the name, if any, comes after it.
     */
    private boolean qualifiesTitle(int from, int to) {
        return to - from == 1 && to < tokens.size() && NameCues.isRole(tokens.get(to).text());
    }

    /** "Turkish diplomatic sources", "European countries": a lone capitalised modifier, not a name. */
    private boolean isAttributive(int from, int to) {
        if (to - from != 1 || to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(to);
        return !next.isCapitalised() && (next.isNoun() || next.isAdjective());
    }

    private boolean allNeverNames(int from, int to) {
        for (int p = from; p < to; p++) {
            if (!NameCues.NEVER_NAMES.contains(NameCues.lower(tokens.get(p).text()))) {
                return false;
            }
        }
        return true;
    }

    private void add(int from, int to, EntityType type, GazetteerEntry known) {
        List<String> words = tokens.subList(from, to).stream().map(Token::text).toList();
        out.add(new Mention(words, known != null ? known.type() : type, known, sentence.ordinal(),
                sentence.headline(), isSentenceStart(from), isAfterArticle(from)));
    }

    private boolean isAfterArticle(int p) {
        return p > 0 && "the".equalsIgnoreCase(tokens.get(p - 1).text());
    }

    private boolean isSentenceStart(int p) {
        for (int i = 0; i < p; i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }
}
