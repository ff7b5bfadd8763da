package io.newsflow.enricher;

import io.newsflow.enricher.entity.EntityExtractor;
import io.newsflow.enricher.keyword.KeyphraseExtractor;
import io.newsflow.enricher.keyword.PhraseStatistics;
import io.newsflow.enricher.language.LanguageDetector;
import io.newsflow.enricher.text.AnalyzedText;
import io.newsflow.enricher.text.TextAnalyzer;
import io.newsflow.enricher.topic.TopicClassifier;
import java.util.List;
import java.util.Objects;

/**
 * Turns an article into tags (language, entities, key phrases, IPTC topics) and related articles of the
 * corpus. Thread-safe; the models (OpenNLP, language profiles, gazetteer, topic lexicon) are loaded once
 * here, which takes about a second.
 */
public final class Enricher {

    private final CorpusIndex corpus;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final LanguageDetector languages = new LanguageDetector();
    private final EntityExtractor entities = new EntityExtractor();
    private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();
    private final TopicClassifier topics = new TopicClassifier();
    private final PhraseStatistics corpusStatistics;

    public Enricher(CorpusIndex corpus) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.corpusStatistics = new PhraseStatistics() {
            @Override
            public int documentCount() {
                return corpus.size();
            }

            @Override
            public int[] documentFrequencies(List<String> phrases) {
                return corpus.documentFrequencies(phrases);
            }
        };
    }

    /**
     * Everything found in the document; lists are best first and empty (never null) when the text has
     * nothing to offer. {@code relatedLimit} bounds the related list (0 for none).
     */
    public Enrichment enrich(Document doc, int relatedLimit) {
        Objects.requireNonNull(doc, "doc");
        String title = Objects.requireNonNullElse(doc.title(), "");
        String body = Objects.requireNonNullElse(doc.body(), "");
        String language = doc.language() != null && !doc.language().isBlank() ? doc.language()
                : languages.detect(title + "\n" + body);
        AnalyzedText text = analyzer.analyze(title, body);
        List<Related> related = doc.id() == null || relatedLimit <= 0 ? List.of()
                : corpus.related(doc, relatedLimit);
        if (!isEnglish(language)) {   // the tagger, cues and topic lexicon are English: only names the gazetteer knows
            return new Enrichment(language, entities.extract(text, true), List.of(), List.of(), related);
        }
        return new Enrichment(language, entities.extract(text), keyphrases.extract(text, corpusStatistics),
                topics.classify(text), related);
    }

    /** English, or too little text to tell (then the English analysis is the best guess). */
    private static boolean isEnglish(String language) {
        return language.equals(LanguageDetector.UNDETERMINED) || language.equals("en") || language.startsWith("en-");
    }
}
