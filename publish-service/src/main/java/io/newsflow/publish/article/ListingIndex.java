package io.newsflow.publish.article;

import static com.mongodb.client.model.Filters.gt;

import com.mongodb.client.model.Projections;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.store.Collections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An in-memory read model of the listing: every article's listing form (no text), (firstSeen, id),
 * filter keys and search terms, newest first. A filtered page or a search is read from it without a
 * database round trip. Why: the embedded MongoDB-compatible server ignores secondary indexes, so each filtered
 * listing scans and sorts the whole collection (0.1 to 1.5 s at 50,000 articles). On real MongoDB the
 * compound indexes do the same job and {@code newsflow.publish.listing-index=false} turns this off.
 *
 * <p>Kept fresh by this copy's own writes at once, and by polling the store every
 * {@code listing-refresh-interval} for articles written by other copies (so they appear with at most
 * that delay). Loaded in the background at start; until then listings go to the store. About 1 KB per
 * article (50 MB for 50,000), plus one posting-list node per filter key of each article, plus its search
 * terms as sorted term numbers ({@link SearchTermSet}, 4 bytes a term: about 1.7 KB for the usual
 * 400-odd terms, 85 MB for 50,000 articles), so searches ({@code q}) are served from memory too.
 */
@Component
class ListingIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ListingIndex.class);
    /** Writes of other copies are read again this far back, in case their clocks lag ours a little. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(5);
    /** What the index keeps: the listing form of each article, its filter keys and search terms (not the text). */
    private static final Bson INDEXED_FIELDS = Projections.exclude("body", ArticleDocuments.RELATED, "articleLinks");
    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::firstSeen)
            .thenComparing(Position::id).reversed();
    /** Ranked search order: score, then newest first (as the store's aggregation sorts). */
    private static final Comparator<Hit> BEST_FIRST = Comparator.comparingInt(Hit::score).reversed()
            .thenComparing(Hit::position, NEWEST_FIRST);

    record Position(Instant firstSeen, String id) {
    }

    private record Entry(Set<String> keys, ArticleViews.ArticleSummary summary, SearchTermSet terms) {
    }

    private record Hit(int score, Position position, Entry entry) {
    }

    /** The positions of the articles carrying one key, newest first, with their count (a skip list's size() walks it). */
    private static final class Postings {
        final ConcurrentSkipListSet<Position> positions = new ConcurrentSkipListSet<>(NEWEST_FIRST);
        final AtomicInteger size = new AtomicInteger();
    }

    private static final String TAG = "t:";
    private static final String ENTITY = "e:";
    private static final String TOPIC = "p:";
    private static final String SITE = "s:";
    private static final String LANGUAGE = "l:";

    private final Collections collections;
    private final PublishProperties props;
    private final ConcurrentSkipListMap<Position, Entry> entries = new ConcurrentSkipListMap<>(NEWEST_FIRST);
    private final Map<String, Position> positions = new ConcurrentHashMap<>();
    private final Map<String, Postings> postings = new ConcurrentHashMap<>();
    private final TermDictionary dictionary = new TermDictionary();
    private volatile boolean ready;
    private volatile Instant watermark = Instant.EPOCH;
    private volatile Disposable refresher;

    ListingIndex(Collections collections, PublishProperties props, ArticleStore store) {
        this.collections = collections;
        this.props = props;
        store.onWrite(this::add);
    }

    /** Whether the index is loaded: until then, listings and searches go to the store. */
    boolean isReady() {
        return ready;
    }

    /** Ids of the page after {@code after} (null: the first page), at most {@code limit}, newest first. */
    List<String> page(ArticleFilter filter, ArticleCursor after, int limit) {
        return summaries(filter, after, limit).stream().map(ArticleViews.ArticleSummary::id).toList();
    }

    /**
     * The listing entries of the page after {@code after} (null: the first page), at most {@code limit}.
     * Walks the shortest posting list among the filter's keys (all entries when there is none), from the
     * cursor or the {@code until} bound on, and stops at {@code since}: a rare tag costs its own matches,
     * not a scan of the whole corpus.
     */
    List<ArticleViews.ArticleSummary> summaries(ArticleFilter filter, ArticleCursor after, int limit) {
        if (filter.isSearch()) {
            return search(filter, after, limit);
        }
        List<String> required = requiredKeys(filter);
        NavigableSet<Position> walk = shortestPostings(required);
        Position start = startPosition(filter, after);
        Iterable<Position> from = start == null ? walk : walk.tailSet(start, false);
        List<ArticleViews.ArticleSummary> found = new ArrayList<>();
        for (Position position : from) {
            if (filter.since() != null && position.firstSeen().isBefore(filter.since())) {
                break;
            }
            Entry entry = entries.get(position);
            if (entry != null && entry.keys().containsAll(required)) {
                found.add(entry.summary());
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A search ({@code q}): every matching article is scored as the store's aggregation scores it
     * ({@link SearchTermSet#score}), then the page after the cursor is taken in (score, newest) order.
     * A term no article has ends the search at once.
     */
    private List<ArticleViews.ArticleSummary> search(ArticleFilter filter, ArticleCursor after, int limit) {
        int[] query = dictionary.lookup(filter.terms());
        if (query == null) {
            return List.of();
        }
        List<String> required = requiredKeys(filter);
        NavigableSet<Position> walk = shortestPostings(required);
        Position start = startPosition(filter, null);
        Iterable<Position> from = start == null ? walk : walk.tailSet(start, false);
        Hit cursor = after == null || after.score() == null ? null
                : new Hit(after.score(), new Position(after.firstSeen(), after.id()), null);
        java.util.PriorityQueue<Hit> best = new java.util.PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (Position position : from) {
            if (filter.since() != null && position.firstSeen().isBefore(filter.since())) {
                break;
            }
            Entry entry = entries.get(position);
            if (entry == null || !entry.terms().containsAll(query) || !entry.keys().containsAll(required)) {
                continue;
            }
            Hit hit = new Hit(entry.terms().score(query), position, entry);
            if (cursor != null && BEST_FIRST.compare(hit, cursor) <= 0) {
                continue;
            }
            best.add(hit);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Hit> page = new ArrayList<>(best);
        page.sort(BEST_FIRST);
        return page.stream().map(hit -> withScore(hit.entry().summary(), hit.score())).toList();
    }

    private static ArticleViews.ArticleSummary withScore(ArticleViews.ArticleSummary s, int score) {
        return new ArticleViews.ArticleSummary(s.id(), s.url(), s.title(), s.description(), s.author(), s.siteName(),
                s.language(), s.publishedAt(), s.image(), s.tags(), s.source(), score, s.firstSeen(), s.updatedAt());
    }

    private static List<String> requiredKeys(ArticleFilter filter) {
        List<String> keys = new ArrayList<>(5);
        addKey(keys, TAG, filter.tag());
        addKey(keys, ENTITY, filter.entity());
        addKey(keys, TOPIC, filter.topic());
        addKey(keys, SITE, filter.site());
        addKey(keys, LANGUAGE, filter.language());
        return keys;
    }

    private static void addKey(List<String> keys, String prefix, String value) {
        if (value != null) {
            keys.add(prefix + value);
        }
    }

    private NavigableSet<Position> shortestPostings(List<String> required) {
        NavigableSet<Position> shortest = entries.navigableKeySet();
        int shortestSize = Integer.MAX_VALUE;
        for (String key : required) {
            Postings postings = this.postings.get(key);
            if (postings == null) {
                return java.util.Collections.emptyNavigableSet();
            }
            int size = postings.size.get();
            if (size < shortestSize) {
                shortest = postings.positions;
                shortestSize = size;
            }
        }
        return shortest;
    }

    /**
     * Where the walk starts (exclusive): the cursor, or just above the {@code until} bound when that is
     * further down the list. The empty id sorts last among equal times in newest-first order, so the walk
     * sees only articles first seen before {@code until}; it stops at {@code since}: no per-entry range test.
     */
    private static Position startPosition(ArticleFilter filter, ArticleCursor after) {
        Position cursor = after == null ? null : new Position(after.firstSeen(), after.id());
        Position until = filter.until() == null ? null : new Position(filter.until(), "");
        if (cursor == null || until == null) {
            return cursor != null ? cursor : until;
        }
        return NEWEST_FIRST.compare(cursor, until) >= 0 ? cursor : until;
    }

    void add(Document article) {
        Date firstSeen = article.getDate(ArticleDocuments.FIRST_SEEN);
        if (firstSeen == null) {
            return;
        }
        Position position = new Position(firstSeen.toInstant(), article.getString(ArticleDocuments.ID));
        Set<String> keys = new HashSet<>();
        addAll(keys, TAG, article, ArticleDocuments.TAG_KEYS);
        addAll(keys, ENTITY, article, ArticleDocuments.ENTITY_KEYS);
        addAll(keys, TOPIC, article, ArticleDocuments.TOPIC_KEYS);
        addAll(keys, SITE, article, ArticleDocuments.SITE_KEYS);
        if (article.getString(ArticleDocuments.LANGUAGE_KEY) != null) {
            keys.add(LANGUAGE + article.getString(ArticleDocuments.LANGUAGE_KEY));
        }
        SearchTermSet terms = SearchTermSet.of(dictionary, strings(article, ArticleDocuments.SEARCH_TERMS),
                strings(article, ArticleDocuments.TITLE_TERMS), strings(article, ArticleDocuments.TAG_TERMS));
        Entry entry = new Entry(Set.copyOf(keys), ArticleDocuments.toSummary(article, props.summaryTags()),
                terms);
        synchronized (this) {
            Position previous = positions.put(position.id(), position);
            Entry replaced = previous == null ? null : entries.remove(previous);
            if (replaced != null) {
                replaced.keys().forEach(key -> unpost(key, previous));
            }
            entries.put(position, entry);
            entry.keys().forEach(key -> post(key, position));
        }
        Date updatedAt = article.getDate(ArticleDocuments.UPDATED_AT);
        if (updatedAt != null && updatedAt.toInstant().isAfter(watermark)) {
            watermark = updatedAt.toInstant();
        }
    }

    private void post(String key, Position position) {
        Postings list = postings.computeIfAbsent(key, k -> new Postings());
        if (list.positions.add(position)) {
            list.size.incrementAndGet();
        }
    }

    private void unpost(String key, Position position) {
        Postings list = postings.get(key);
        if (list != null && list.positions.remove(position)) {
            list.size.decrementAndGet();
        }
    }

    private static List<String> strings(Document article, String field) {
        List<String> values = new ArrayList<>();
        if (article.get(field) instanceof List<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }

    private static void addAll(Set<String> keys, String prefix, Document article, String field) {
        if (article.get(field) instanceof List<?> values) {
            values.forEach(value -> keys.add(prefix + value));
        }
    }

    /** Reads what was written since the watermark (all of it the first time). */
    Mono<Long> refresh() {
        Instant since = watermark.minus(CLOCK_SLACK);
        return collections.articles()
                .flatMapMany(c -> Flux.from(c.find(gt(ArticleDocuments.UPDATED_AT, Date.from(since))).projection(INDEXED_FIELDS)))
                .doOnNext(this::add)
                .count();
    }

    @Override
    public void start() {
        if (!props.listingIndex()) {
            return;
        }
        long started = System.nanoTime();
        refresher = refresh()
                .doOnNext(count -> {
                    ready = true;
                    log.info("listing index loaded: {} articles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
                })
                .thenMany(Flux.interval(props.listingRefreshInterval()).onBackpressureDrop()
                        .concatMap(tick -> refresh().onErrorResume(error -> {
                            log.warn("listing index refresh failed: {}", error.toString());
                            return Mono.just(0L);
                        })))
                .subscribe(null, error -> log.warn("listing index stopped: {}", error.toString()));
    }

    @Override
    public void stop() {
        ready = false;
        if (refresher != null) {
            refresher.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return refresher != null && !refresher.isDisposed();
    }
}
