package io.newsflow.enricher.entity;

import io.newsflow.enricher.text.Sentence;
import io.newsflow.enricher.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the names of a sentence: runs of capitalised nouns and adjectives (the POS tagger keeps
 * sentence-initial "Meanwhile" or "According" out), cut at titles ("NATO Secretary General Jens
 * Stoltenberg" gives NATO and Jens Stoltenberg), matched against the gazetteer, and typed from their
 * own head word or their context.
 */
final class MentionFinder {

    /** Parts of speech a capitalised word of a name can carry (adjectives for "Western Balkans", "United States"). */
    private static final Set<String> NAME_POS = Set.of("PROPN", "NOUN", "ADJ", "X", "NUM");

    /**
     * Share of capitalised words above which a line is a Title Case heading: its capitals say nothing,
     * so it only contributes names the gazetteer knows.
     */
    private static final double TITLE_CASE_SHARE = 0.6;

    /** Shorter lines are not judged as Title Case (a two-word line of names is just names). */
    private static final int TITLE_CASE_MIN_WORDS = 4;

    /** Headings are short; a long capital-heavy line is a caption listing people, whose capitals are names. */
    private static final int TITLE_CASE_MAX_WORDS = 16;

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        boolean titleCase = isTitleCase(sentence);
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && continuesName(tokens, end)) {
                end++;
            }
            new SpanReader(sentence, gazetteer, titleCase, mentions).read(i, end);
            i = end;
        }
        return mentions;
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isCapitalised() && t.isWord() && NAME_POS.contains(t.pos()) && !isAdjectivalCompound(t.text());
    }

    /** "United Nations-brokered", "Kremlin-backed": a compound with a lower-case part describes, it does not name. */
    private static boolean isAdjectivalCompound(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    private static boolean continuesName(List<Token> tokens, int i) {
        if (startsName(tokens, i)) {
            return true;
        }
        boolean connector = NameCues.NAME_CONNECTORS.contains(tokens.get(i).text());
        return connector && i + 1 < tokens.size() && startsName(tokens, i + 1);
    }

    private static boolean isTitleCase(Sentence sentence) {
        long words = sentence.tokens().stream().filter(Token::isWord).count();
        long capitalised = sentence.tokens().stream().filter(t -> t.isWord() && t.isCapitalised()).count();
        String last = sentence.token(sentence.size() - 1).text();
        boolean endsLikeSentence = last.equals(".") || last.equals("!") || last.equals("?");
        return !endsLikeSentence && words >= TITLE_CASE_MIN_WORDS && words <= TITLE_CASE_MAX_WORDS
                && capitalised >= words * TITLE_CASE_SHARE;
    }
}
