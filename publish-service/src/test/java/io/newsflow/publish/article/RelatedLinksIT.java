package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleRelatedLinked;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.Revision;
import io.newsflow.publish.config.DefaultProperties;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.store.Collections;
import io.newsflow.publish.store.EmbeddedMongo;
import io.newsflow.publish.store.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Related links merged concurrently, before and during article writes, on the embedded server. */
class RelatedLinksIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final PublishProperties PROPS = DefaultProperties.publish();
    @RegisterExtension
    static final EmbeddedMongo mongo = EmbeddedMongo.perClass();

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-02T08:00:00Z"));
    private RelatedLinks links;
    private ArticleStore store;
    private ArticleQueries queries;

    @BeforeEach
    void freshDatabase() {
        Collections collections = mongo.collections("related-" + UUID.randomUUID());
        links = new RelatedLinks(collections, PROPS);
        store = new ArticleStore(collections, clock, links, PROPS);
        queries = new ArticleQueries(collections, PROPS, store, null);
    }

    @Test
    void concurrentLinksAreAllMergedKeepingTheBestScores() {
        ArticleEnriched article = Articles.article("https://news.example/a", "s-1");
        store.store(article).block(TIMEOUT);

        Flux.range(0, 30).parallel(8).runOn(Schedulers.parallel())
                .flatMap(i -> links.apply(link(article.articleId(), i)))
                .sequential().blockLast(TIMEOUT);

        List<Double> scores = related(article).stream().map(ArticleViews.RelatedView::score).toList();
        // 31 candidates (30 links + the enricher's 0.42): the 10 best are 0.39 down to 0.30 and the 0.42.
        assertThat(scores).hasSize(PROPS.relatedLimit()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(scores.get(0)).isEqualTo(0.42);
        assertThat(scores.subList(1, 10)).containsExactlyElementsOf(
                IntStream.range(0, 9).mapToObj(i -> (39 - i) / 100.0).toList());
    }

    @Test
    void linksForAnArticleNotStoredYetAreAppliedWhenItArrives() {
        ArticleEnriched article = Articles.article("https://news.example/b", "s-1");
        assertThat(links.apply(link(article.articleId(), 5)).block(TIMEOUT)).isFalse();

        store.store(article).block(TIMEOUT);

        assertThat(related(article)).extracting(ArticleViews.RelatedView::url).contains("https://news.example/rel-5");
    }

    @Test
    void newerRevisionKeepsTheLinksAddedToTheOlderOne() {
        ArticleEnriched article = Articles.article("https://news.example/c", "s-1");
        store.store(article).block(TIMEOUT);
        links.apply(link(article.articleId(), 7)).block(TIMEOUT);
        ArticleEnriched newer = new ArticleEnriched(article.articleId(), "s-2", article.url(), article.canonicalUrl(),
                new Revision("hash-2", article.revision().fetchedAt().plusSeconds(60)), article.content(),
                article.enrichment());

        Flux.merge(store.store(newer).then(), links.apply(link(article.articleId(), 8)).then()).blockLast(TIMEOUT);

        assertThat(related(article)).extracting(ArticleViews.RelatedView::url)
                .contains("https://news.example/rel-7", "https://news.example/rel-8", "https://news.example/earlier");
    }

    private List<ArticleViews.RelatedView> related(ArticleEnriched article) {
        return queries.find(article.articleId()).block(TIMEOUT).related();
    }

    private static ArticleRelatedLinked link(String articleId, int i) {
        return new ArticleRelatedLinked(articleId, new RelatedArticle("rel-" + i, "https://news.example/rel-" + i,
                "Related " + i, (10 + i) / 100.0), Instant.parse("2024-03-02T09:00:00Z"));
    }
}
