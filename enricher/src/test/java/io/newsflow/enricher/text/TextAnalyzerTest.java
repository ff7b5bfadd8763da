package io.newsflow.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = Fixtures.analyzer();

    @Test
    void possessivesAndSentenceFinalDotsAreSplitOffNames() {
        AnalyzedText text = analyzer.analyze("", "Ukraine\u2019s allies have provided support of Kyiv.");
        List<String> words = text.sentences().get(0).tokens().stream().map(Token::text).toList();
        assertThat(words).containsSubsequence("Ukraine", "'s", "allies").contains("Kyiv", ".");
    }

    @Test
    void dottedAbbreviationsStayOneToken() {
        AnalyzedText text = analyzer.analyze("", "The U.S. has provided $77 billion in assistance.");
        assertThat(text.sentences().get(0).tokens()).extracting(Token::text).contains("U.S.");
    }

    @Test
    void headlineComesFirstAndIsMarked() {
        Document page = Fixtures.examplePage();
        AnalyzedText text = Fixtures.analyzed(page);
        assertThat(text.sentences().get(0).headline()).isTrue();
        assertThat(text.sentences().stream().skip(1)).noneMatch(Sentence::headline);
    }

    @Test
    void pageFooterCommentPromptsAndPhotoCreditsAreNotAnalysed() {
        AnalyzedText text = Fixtures.analyzed(Fixtures.examplePage());
        assertThat(text.cleanBody())
                .contains("NATO Foreign Ministers concluded two days of meetings")
                .contains("stated the NATO chief")
                .doesNotContain("No Comments", "Related Articles", "Leave a comment", "Copyright",
                        "research institute", "Subscribe", "Back to Top", "Image Credit", "Erik Luntang");
    }

    @Test
    void repeatedHeadlineLineIsDroppedFromTheBody() {
        Document page = Fixtures.examplePage();
        String body = analyzer.analyze(page.title(), page.body()).cleanBody();
        assertThat(body.lines()).doesNotContain(page.title());
    }

    @Test
    void everyWordGetsAUniversalPartOfSpeechTag() {
        AnalyzedText text = analyzer.analyze("", "Stoltenberg urged allies to stay the course.");
        assertThat(text.sentences().get(0).tokens()).extracting(Token::pos)
                .allMatch(tag -> tag.matches("[A-Z]+(\\+[A-Z]+)?"))
                .contains("PROPN", "VERB", "NOUN");
    }

    @Test
    void emptyAndNullTextGiveNoSentences() {
        assertThat(analyzer.analyze(null, null).sentences()).isEmpty();
        assertThat(analyzer.analyze("", "  \n\n ").sentences()).isEmpty();
    }
}
