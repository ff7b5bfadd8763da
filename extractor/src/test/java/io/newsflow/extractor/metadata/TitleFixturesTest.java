package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.extractor.ExtractedArticle;
import io.newsflow.extractor.Fixtures;
import org.junit.jupiter.api.Test;

/** Title heuristics, each on the real page that shows it. */
class TitleFixturesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String fixture) {
        return extractor.extract(Fixtures.page(fixture), null, null);
    }

    @Test
    void aTitleElementContinuingTheHeadlineWithoutASeparatorIsKeptWhole() {
        // <title>LWN.net Weekly Edition for March 26, 2015 [LWN.net]</title>, <h1>LWN.net Weekly Edition for March 26, 2015</h1>
        ExtractedArticle a = extract("lwn-weekly-edition");
        assertThat(a.title()).isEqualTo("LWN.net Weekly Edition for March 26, 2015 [LWN.net]");
        assertThat(a.sources()).containsEntry("title", "title");
    }

    @Test
    void aShareTitleExtendingTheHeadlineStillYieldsToTheH1() {
        // og:title "Der historische Purzelbaum (2021/5)", the h1 without "(2021/5)"
        assertThat(extract("alacarte-purzelbaum").title()).isEqualTo("Der historische Purzelbaum");
    }
}
