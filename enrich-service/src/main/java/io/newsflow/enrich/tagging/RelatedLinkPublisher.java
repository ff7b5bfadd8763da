package io.newsflow.enrich.tagging;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleRelatedLinked;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Related lists are symmetric: when a newly enriched article B lists an earlier article A as related,
 * A gains B with the same score. One {@link ArticleRelatedLinked} per link, keyed by A's id, on
 * {@link Topics#ARTICLES_RELATED}; publish-service merges them into A's list.
 */
@Component
class RelatedLinkPublisher {

    private final EventPublisher publisher;
    private final Clock clock;

    RelatedLinkPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Sends the back-links of {@code enriched}; the future completes when the broker has them all. */
    CompletableFuture<Void> publishBackLinks(ArticleEnriched enriched) {
        String url = enriched.canonicalUrl() != null ? enriched.canonicalUrl() : enriched.url();
        String title = enriched.content() == null ? null : enriched.content().title();
        List<CompletableFuture<?>> sent = enriched.enrichment().related().stream()
                .filter(earlier -> !earlier.id().equals(enriched.articleId()))
                .map(earlier -> publisher.publish(Topics.ARTICLES_RELATED, new ArticleRelatedLinked(earlier.id(),
                        new RelatedArticle(enriched.articleId(), url, title, earlier.score()), clock.instant())))
                .<CompletableFuture<?>>map(f -> f)
                .toList();
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }
}
