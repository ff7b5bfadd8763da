package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.publish.config.DefaultProperties;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ListingIndexTest {

    private final ListingIndex index = new ListingIndex(null, DefaultProperties.publish(),
            new ArticleStore(null, null, null, DefaultProperties.publish()));

    @Test
    void pagesAreNewestFirstFilteredByKeysAndContinueAfterTheCursor() {
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        index.add(document("https://news.example/1", t));
        index.add(document("https://other.example/2", t.plusSeconds(1)));
        index.add(document("https://news.example/3", t.plusSeconds(2)));
        String first = Articles.article("https://news.example/1", "s").articleId();
        String third = Articles.article("https://news.example/3", "s").articleId();

        ArticleFilter site = ArticleFilters.from(new ArticleFilters.Params(null, "q7184", null, "news.example", "en",
                null, null, null));
        assertThat(index.page(site, null, 10)).containsExactly(third, first);
        assertThat(index.page(site, new ArticleCursor(t.plusSeconds(2), third), 10)).containsExactly(first);
        assertThat(index.page(site, null, 1)).containsExactly(third);
        ArticleFilter until = ArticleFilters.from(new ArticleFilters.Params(null, null, null, null, null, null, null,
                t.plusSeconds(1).toString()));
        assertThat(index.page(until, null, 10)).containsExactly(first);
        assertThat(index.page(ArticleFilters.from(ArticleFilters.Params.of("no such tag", null, null)), null, 10)).isEmpty();
    }

    @Test
    void aRewrittenArticleIsIndexedOnceWithItsNewKeys() {
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        Document article = document("https://news.example/1", t);
        index.add(article);
        article.put(ArticleDocuments.TAG_KEYS, List.of("renamed"));
        index.add(article);

        assertThat(index.page(ArticleFilter.NONE, null, 10)).hasSize(1);
        assertThat(index.page(ArticleFilters.from(ArticleFilters.Params.of("nato", null, null)), null, 10)).isEmpty();
        assertThat(index.page(ArticleFilters.from(ArticleFilters.Params.of("renamed", null, null)), null, 10)).hasSize(1);
    }

    @Test
    void aTimeWindowWithACursorReturnsExactlyTheArticlesInsideItNewestFirst() {
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String url = "https://news.example/" + i;
            index.add(document(url, t.plusSeconds(i)));
            ids.add(Articles.article(url, "s").articleId());
        }
        ArticleFilter window = ArticleFilters.from(new ArticleFilters.Params(null, null, null, "news.example", null,
                null, t.plusSeconds(5).toString(), t.plusSeconds(15).toString()));

        List<String> firstPage = index.page(window, null, 4);
        assertThat(firstPage).containsExactly(ids.get(14), ids.get(13), ids.get(12), ids.get(11));
        List<String> rest = index.page(window, new ArticleCursor(t.plusSeconds(11), ids.get(11)), 100);
        assertThat(rest).containsExactly(ids.get(10), ids.get(9), ids.get(8), ids.get(7), ids.get(6), ids.get(5));
        assertThat(index.page(window, new ArticleCursor(t.plusSeconds(19), ids.get(19)), 2))
                .containsExactly(ids.get(14), ids.get(13));
    }

    @Test
    void searchMatchesEveryTermRanksTitleMatchesFirstAndPagesByScoreThenNewest() {
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        index.add(document(Articles.article("https://news.example/1", "s", "h", Articles.FETCHED,
                "Ministers discuss budget"), t));
        index.add(document(Articles.article("https://news.example/2", "s", "h", Articles.FETCHED,
                "Brussels summit ends"), t.plusSeconds(1)));
        index.add(document(Articles.article("https://news.example/3", "s", "h", Articles.FETCHED,
                "Weather report"), t.plusSeconds(2)));
        String first = ArticleIds.of("https://news.example/1");
        String second = ArticleIds.of("https://news.example/2");
        String third = ArticleIds.of("https://news.example/3");

        ArticleFilter brussels = query("brussels ukraine");
        List<ArticleViews.ArticleSummary> ranked = index.summaries(brussels, null, 10);
        assertThat(ranked).extracting(ArticleViews.ArticleSummary::id).containsExactly(second, third, first);
        assertThat(ranked).extracting(ArticleViews.ArticleSummary::score)
                .as("3 per title term, 2 per tag term, 1 per query term").containsExactly(3 + 2 + 2, 2 + 2, 2 + 2);

        List<ArticleViews.ArticleSummary> page = index.summaries(brussels, null, 2);
        ArticleViews.ArticleSummary last = page.get(1);
        assertThat(index.summaries(brussels, new ArticleCursor(last.firstSeen(), last.id(), last.score()), 10))
                .extracting(ArticleViews.ArticleSummary::id).containsExactly(first);
        assertThat(index.summaries(query("brussels zeppelin"),
                null, 10)).isEmpty();
    }

    private static ArticleFilter query(String q) {
        return ArticleFilters.from(new ArticleFilters.Params(null, null, null, null, null, q, null, null));
    }

    private static Document document(ArticleEnriched article, Instant firstSeen) {
        return ArticleDocuments.toDocument(article, firstSeen, firstSeen, SubmissionState.PUBLISHED);
    }

    private static Document document(String url, Instant firstSeen) {
        ArticleEnriched article = Articles.article(url, "s");
        return ArticleDocuments.toDocument(article, firstSeen, firstSeen, SubmissionState.PUBLISHED);
    }
}
