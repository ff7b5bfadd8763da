package io.newsflow.publish.article;

import io.newsflow.publish.article.ArticleViews.ArticlePage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * First pages of listings, kept in memory for a short time: most reads are first pages (the editor
 * page, feed readers, polling consumers) and repeat the same few filters. Cleared by every store
 * write, so this copy never serves a page older than its own last write; the TTL bounds staleness
 * against writes of other copies. Bounded: when full, it is simply cleared.
 */
final class FirstPageCache {

    /** Distinct (filter, limit) pairs kept; beyond this the cache is cleared rather than managed. */
    static final int MAX_ENTRIES = 1_000;

    private record Key(ArticleFilter filter, int limit) {
    }

    private record Entry(Mono<ArticlePage> page, long expiresAt) {
    }

    private final long ttlNanos;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    FirstPageCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Mono<ArticlePage> get(ArticleFilter filter, int limit, Supplier<Mono<ArticlePage>> query) {
        if (ttlNanos <= 0) {
            return query.get();
        }
        long now = System.nanoTime();
        Key key = new Key(filter, limit);
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.page();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // The cached Mono runs the query once; an error is not kept.
        Mono<ArticlePage> page = query.get().cache(value -> Duration.ofNanos(ttlNanos), error -> Duration.ZERO,
                () -> Duration.ZERO);
        entries.put(key, new Entry(page, now + ttlNanos));
        return page;
    }

    void clear() {
        entries.clear();
    }
}
