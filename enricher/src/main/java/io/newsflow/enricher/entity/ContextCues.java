package io.newsflow.enricher.entity;

import io.newsflow.enricher.EntityType;
import io.newsflow.enricher.text.Token;
import java.util.List;

/** The type that the words around an unknown name suggest, or null when they say nothing. */
final class ContextCues {

    /** How far after a name a speech verb still points at it ("Blinken also said", "Stoltenberg told"). */
    private static final int SPEECH_VERB_WINDOW = 2;

    private ContextCues() {
    }

    static EntityType typeOf(List<Token> tokens, int from, int to, boolean afterRole) {
        EntityType head = NameCues.typeOfHead(tokens.get(to - 1).text());
        if (head != null) {
            return head;
        }
        if (afterRole || hasMiddleInitial(tokens, from, to) || speechVerbFollows(tokens, to)) {
            return EntityType.PERSON;
        }
        if (from > 0 && NameCues.PLACE_PREPOSITIONS.contains(NameCues.lower(tokens.get(from - 1).text()))) {
            return EntityType.PLACE;
        }
        if (isAcronym(tokens.get(from).text()) && to - from == 1) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    private static boolean hasMiddleInitial(List<Token> tokens, int from, int to) {
        for (int p = from + 1; p < to - 1; p++) {
            String w = tokens.get(p).text();
            if (w.length() == 2 && w.endsWith(".") && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speechVerbFollows(List<Token> tokens, int to) {
        for (int p = to; p < Math.min(tokens.size(), to + SPEECH_VERB_WINDOW); p++) {
            String w = NameCues.lower(tokens.get(p).text());
            if (NameCues.SPEECH_VERBS.contains(w)) {
                return true;
            }
            if (!"ADV".equals(tokens.get(p).pos())) {
                return false;
            }
        }
        return false;
    }

    /** NATO, IRIA: two to six capitals, maybe digits; a common shape for organisations. */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> Character.isUpperCase(c)
                || Character.isDigit(c)) && Character.isLetter(word.charAt(0));
    }
}
