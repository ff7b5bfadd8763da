package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.publish.article.ArticleQueries.ArticleQuery;
import io.newsflow.publish.article.ArticleViews.ArticlePage;
import io.newsflow.publish.article.ArticleViews.ArticleSummary;
import io.newsflow.publish.article.ArticleViews.ArticleView;
import io.newsflow.publish.config.DefaultProperties;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.store.Collections;
import io.newsflow.publish.store.EmbeddedMongo;
import io.newsflow.publish.store.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Article writes and reads against the embedded MongoDB-compatible server. */
class ArticleStoreIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final PublishProperties PROPS = DefaultProperties.publish();
    @RegisterExtension
    static final EmbeddedMongo mongo = EmbeddedMongo.perClass();

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-02T08:00:00Z"));
    private ArticleStore store;
    private ArticleQueries queries;

    @BeforeEach
    void freshDatabase() {
        Collections collections = mongo.collections("test-" + UUID.randomUUID());
        store = new ArticleStore(collections, clock, new RelatedLinks(collections, PROPS), PROPS);
        queries = new ArticleQueries(collections, PROPS, store, null);
    }

    @Test
    void newArticleIsInsertedAndReadable() {
        ArticleEnriched article = Articles.article("https://news.example/a", "s-1");

        assertThat(store(article).decision()).isEqualTo(RevisionDecision.INSERT);

        ArticleView view = queries.find(article.articleId()).block(TIMEOUT);
        assertThat(view.title()).isEqualTo("NATO ministers meet in Brussels");
        assertThat(view.firstSeen()).isEqualTo(clock.instant());
        assertThat(view.tags()).hasSize(4);
    }

    @Test
    void redeliveryOfTheSameRevisionChangesNothing() {
        ArticleEnriched article = Articles.article("https://news.example/a", "s-1");
        store(article);
        ArticleView before = queries.find(article.articleId()).block(TIMEOUT);
        clock.advance(Duration.ofMinutes(5));

        ArticleStore.StoreResult again = store(article);

        assertThat(again.decision()).isEqualTo(RevisionDecision.REDELIVERY);
        assertThat(again.revision().outcome()).isEqualTo(SubmissionState.PUBLISHED);
        assertThat(queries.find(article.articleId()).block(TIMEOUT)).isEqualTo(before);
    }

    @Test
    void olderRevisionNeverOverwritesANewerOne() {
        String url = "https://news.example/a";
        store(Articles.article(url, "s-2", "hash-2", Articles.FETCHED, "Newer title"));

        ArticleStore.StoreResult older = store(Articles.article(url, "s-1", "hash-1",
                Articles.FETCHED.minusSeconds(3600), "Older title"));

        assertThat(older.decision()).isEqualTo(RevisionDecision.STALE);
        assertThat(queries.find(Articles.article(url, "x").articleId()).block(TIMEOUT).title())
                .isEqualTo("Newer title");
    }

    @Test
    void newerRevisionReplacesTheContentAndKeepsWhenTheArticleWasFirstSeen() {
        String url = "https://news.example/a";
        store(Articles.article(url, "s-1", "hash-1", Articles.FETCHED, "First title"));
        Instant firstSeen = clock.instant();
        clock.advance(Duration.ofMinutes(5));

        ArticleStore.StoreResult newer = store(Articles.article(url, "s-2", "hash-2",
                Articles.FETCHED.plusSeconds(3600), "Corrected title"));

        assertThat(newer.decision()).isEqualTo(RevisionDecision.REPLACE);
        ArticleView view = queries.find(Articles.article(url, "x").articleId()).block(TIMEOUT);
        assertThat(view.title()).isEqualTo("Corrected title");
        assertThat(view.firstSeen()).isEqualTo(firstSeen);
        assertThat(view.updatedAt()).isEqualTo(clock.instant());
        assertThat(view.submissionId()).isEqualTo("s-2");
    }

    @Test
    void newerFetchOfTheSameContentIsStoredAsADuplicate() {
        String url = "https://news.example/a";
        store(Articles.article(url, "s-1", "hash-1", Articles.FETCHED, "Title"));

        ArticleStore.StoreResult again = store(Articles.article(url, "s-2", "hash-1", Articles.FETCHED.plusSeconds(60),
                "Title"));

        assertThat(again.decision()).isEqualTo(RevisionDecision.REPLACE_SAME_CONTENT);
        assertThat(again.revision().outcome()).isEqualTo(SubmissionState.DUPLICATE);
        assertThat(store(Articles.article(url, "s-2", "hash-1", Articles.FETCHED.plusSeconds(60), "Title"))
                .revision().outcome()).isEqualTo(SubmissionState.DUPLICATE);
    }

    @Test
    void listingIsNewestFirstAndFiltersByTagIgnoringCase() {
        ArticleEnriched first = Articles.article("https://news.example/1", "s-1");
        store(first);
        clock.advance(Duration.ofSeconds(1));
        ArticleEnriched second = Articles.article("https://news.example/2", "s-2");
        store(second);

        ArticlePage all = queries.list(new ArticleQuery(ArticleFilter.NONE, 20, null)).block(TIMEOUT);
        assertThat(all.items()).extracting(ArticleSummary::id).containsExactly(second.articleId(), first.articleId());
        assertThat(all.nextCursor()).isNull();
        assertThat(queries.list(new ArticleQuery(tag("jens STOLTENBERG"), 20, null))
                .block(TIMEOUT).items()).hasSize(2);
        assertThat(queries.list(new ArticleQuery(tag("stoltenberg"), 20, null)).block(TIMEOUT).items()).isEmpty();
    }

    @Test
    void cursorPagesAreStableWhenArticlesArriveBetweenPages() {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ArticleEnriched article = Articles.article("https://news.example/" + i, "s-" + i);
            store(article);
            stored.add(0, article.articleId());
            if (i % 2 == 0) {
                clock.advance(Duration.ofSeconds(1));   // some share a firstSeen: the id breaks the tie
            }
        }
        ArticlePage page1 = queries.list(new ArticleQuery(ArticleFilter.NONE, 2, null)).block(TIMEOUT);
        clock.advance(Duration.ofSeconds(1));
        store(Articles.article("https://news.example/new", "s-new"));

        List<String> seen = new ArrayList<>(ids(page1));
        String cursor = page1.nextCursor();
        while (cursor != null) {
            ArticlePage page = queries.list(new ArticleQuery(ArticleFilter.NONE, 2, ArticleCursor.decode(cursor))).block(TIMEOUT);
            seen.addAll(ids(page));
            cursor = page.nextCursor();
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(stored).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 2)).isEqualTo(ids(page1));
    }

    private static ArticleFilter tag(String tag) {
        return ArticleFilters.from(ArticleFilters.Params.of(tag, null, null));
    }

    private static List<String> ids(ArticlePage page) {
        return page.items().stream().map(ArticleSummary::id).toList();
    }

    private ArticleStore.StoreResult store(ArticleEnriched article) {
        return store.store(article).block(TIMEOUT);
    }
}
