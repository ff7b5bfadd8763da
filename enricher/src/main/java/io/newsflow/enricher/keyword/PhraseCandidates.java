package io.newsflow.enricher.keyword;

import io.newsflow.enricher.entity.NameCues;
import io.newsflow.enricher.text.AnalyzedText;
import io.newsflow.enricher.text.Sentence;
import io.newsflow.enricher.text.Stems;
import io.newsflow.enricher.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Noun phrases of a text: runs of adjectives and nouns that end in a noun ("military aid package"),
 * and their shorter tails and heads ("aid package", "military aid"), counted by stemmed form.
 */
final class PhraseCandidates {

    /** Longer runs are rare as key phrases and mostly names with titles; their parts still count. */
    static final int MAX_WORDS = 3;

    /** Words that are never a key phrase or part of one: function words and empty newsroom nouns. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "other", "several", "many", "much", "more", "most", "some", "any", "each", "every", "such", "own",
            "same", "few", "first", "second", "third", "last", "next", "new", "further", "former", "latest",
            "recent", "certain", "various", "due", "able", "likely", "possible", "whole", "total", "major",
            "year", "years", "time", "times", "day", "days", "week", "weeks", "month", "months", "today",
            "people", "thing", "things", "way", "ways", "lot", "part", "number", "percent", "mr", "mrs", "ms",
            "dr", "s", "t", "one", "two", "three", "it", "something", "anything", "everything", "nothing",
            "kind", "sort", "end", "top", "side", "sides", "term", "level", "use", "place", "case", "point",
            "fact", "matter", "question", "answer", "comment", "comments", "article", "articles", "image",
            "credit", "photo", "news", "email", "address", "copyright", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "tomorrow", "th",
            "st", "nd", "rd");

    private PhraseCandidates() {
    }

    static Map<String, Candidate> of(AnalyzedText text) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> run = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                if (isPhraseWord(token)) {
                    run.add(token);
                } else {
                    addRun(candidates, run, sentence);
                    run.clear();
                }
            }
            addRun(candidates, run, sentence);
        }
        return candidates;
    }

    private static boolean isPhraseWord(Token token) {
        return (token.isNoun() || token.isAdjective()) && token.isWord() && token.text().length() > 1
                && !Character.isDigit(token.text().charAt(0))
                && !STOP_WORDS.contains(token.text().toLowerCase(Locale.ROOT))
                && !(token.isCapitalised() && NameCues.isRole(token.text()));   // "Foreign Minister" is a title
    }

    /**
     * Every sub-run of at most MAX_WORDS words that ends in a noun and does not cut a name in two
     * ("European Central Bank" or nothing of it, never "Central Bank").
     */
    private static void addRun(Map<String, Candidate> candidates, List<Token> run, Sentence sentence) {
        for (int end = 1; end <= run.size(); end++) {
            if (!run.get(end - 1).isNoun() || cutsName(run, end - 1, end)) {
                continue;
            }
            for (int start = Math.max(0, end - MAX_WORDS); start < end; start++) {
                if (start > 0 && cutsName(run, start - 1, start)) {
                    continue;
                }
                List<Token> words = run.subList(start, end);
                String key = Stems.ofPhrase(surface(words).toLowerCase(Locale.ROOT));
                candidates.computeIfAbsent(key, k -> new Candidate(k, words.size()))
                        .occur(surface(words), sentence.ordinal(), sentence.headline());
            }
        }
    }

    /** Both sides of the boundary between positions a and b are capitalised words of one name. */
    private static boolean cutsName(List<Token> run, int a, int b) {
        return b < run.size() && run.get(a).isCapitalised() && run.get(b).isCapitalised()
                && (run.get(a).isProperNoun() || run.get(b).isProperNoun());
    }

    /**
     * Names keep their capitals ("Australian Open"), acronyms stay acronyms, other words are lower-cased
     * ("NATO membership", "military aid").
     */
    private static String surface(List<Token> words) {
        boolean name = words.stream().allMatch(Token::isCapitalised) && words.stream().anyMatch(Token::isProperNoun);
        StringBuilder out = new StringBuilder();
        for (Token t : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(name || isAcronym(t.text()) ? t.text() : t.text().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }
}
