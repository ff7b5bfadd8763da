package io.newsflow.enricher.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Fixtures;
import io.newsflow.enricher.Keyword;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {

    private final KeyphraseExtractor extractor = new KeyphraseExtractor();

    @Test
    void keyPhrasesAreTakenFromTheTextAndNumberFiveToTen() {
        Document doc = Fixtures.article("ecb-rates-inflation");
        List<Keyword> keywords = extractor.extract(Fixtures.analyzed(doc), PhraseStatistics.NONE);
        String text = (doc.title() + " " + doc.body()).toLowerCase(Locale.ROOT);
        assertThat(keywords).hasSizeBetween(5, KeyphraseExtractor.MAX_KEYWORDS);
        assertThat(keywords).allMatch(k -> text.contains(k.text().toLowerCase(Locale.ROOT)));
        assertThat(keywords).allMatch(k -> k.score() > 0 && k.score() <= 1);
    }

    @Test
    void multiWordNounPhrasesAreFound() {
        List<Keyword> keywords = extractor.extract(Fixtures.analyzed(Fixtures.article("ecb-rates-inflation")),
                PhraseStatistics.NONE);
        assertThat(keywords).extracting(Keyword::text).contains("interest rates", "European Central Bank");
    }

    @Test
    void titlesAndHeadlineVerbsAreNotKeyPhrases() {
        List<Keyword> keywords = extractor.extract(Fixtures.analyzed(Fixtures.examplePage()), PhraseStatistics.NONE);
        assertThat(keywords).extracting(Keyword::text)
                .noneMatch(k -> k.contains("Minister") || k.contains("Secretary") || k.equals("meet"));
    }

    @Test
    void aPhraseFoundInEveryCorpusDocumentRanksBelowTheSameWithoutCorpus() {
        Document doc = Fixtures.article("storm-flooding-coast");
        List<Keyword> alone = extractor.extract(Fixtures.analyzed(doc), PhraseStatistics.NONE);
        String top = alone.get(0).text();
        PhraseStatistics topIsEverywhere = new PhraseStatistics() {
            @Override
            public int documentCount() {
                return 1000;
            }

            @Override
            public int[] documentFrequencies(List<String> phrases) {
                return phrases.stream().mapToInt(p -> p.equals(top) ? 1000 : 3).toArray();
            }
        };
        List<Keyword> withCorpus = extractor.extract(Fixtures.analyzed(doc), topIsEverywhere);
        assertThat(withCorpus.get(0).text()).isNotEqualTo(top);
    }

    @Test
    void textWithoutNounsHasNoKeyPhrases() {
        assertThat(extractor.extract(Fixtures.analyzer().analyze("", "... !!! 42"), PhraseStatistics.NONE)).isEmpty();
    }
}
