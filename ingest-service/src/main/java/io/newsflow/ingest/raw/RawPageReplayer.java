package io.newsflow.ingest.raw;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.extract.ArticleAssembler;
import io.newsflow.ingest.extract.ExtractionOutcome;
import io.newsflow.ingest.url.UrlRules;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts stored raw pages again without fetching them: reads {@code newsflow.pages.raw} up to its
 * current end, takes the newest revision of each selected article (by record time), runs the extractor
 * on its bytes and publishes the result as a new revision of the same article (same id, same fetch time,
 * {@code extractedAt} = now, so consumers take it as newer). Two passes over the topic (keys only, then the
 * chosen records), so memory holds one page at a time, not the topic.
 */
public final class RawPageReplayer {

    private static final Logger log = LoggerFactory.getLogger(RawPageReplayer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** Which articles to replay: all, one site ({@code host}), or one article. */
    public record Selection(String site, String articleId) {

        public static Selection all() {
            return new Selection(null, null);
        }

        boolean admitsKey(String key) {
            return articleId == null || key.startsWith(articleId + "/");
        }

        boolean admits(RawPageFetched page) {
            if (articleId != null && !articleId.equals(page.articleId())) {
                return false;
            }
            if (site == null) {
                return true;
            }
            if (page.url() == null || UrlRules.problemWith(page.url()).isPresent()) {
                return false;
            }
            String host = UrlRules.parse(page.url()).getHost().toLowerCase(Locale.ROOT);
            String wanted = site.toLowerCase(Locale.ROOT);
            return host.equals(wanted) || host.endsWith("." + wanted);
        }
    }

    /** What a replay did. */
    public record Result(int pages, int replayed, int noArticle, int unreadable) {
    }

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final EventCodec codec;
    private final EventPublisher publisher;
    private final ArticleAssembler assembler;
    private final long maxPageBytes;
    private final Duration publishTimeout;
    private final Clock clock;
    private final java.util.function.Function<String, java.util.Optional<String>> canonicalUrls;

    public RawPageReplayer(Supplier<Consumer<String, byte[]>> consumers, EventCodec codec, EventPublisher publisher,
                           ArticleAssembler assembler, long maxPageBytes, Duration publishTimeout, Clock clock,
                           java.util.function.Function<String, java.util.Optional<String>> canonicalUrls) {
        this.canonicalUrls = canonicalUrls;
        this.consumers = consumers;
        this.codec = codec;
        this.publisher = publisher;
        this.assembler = assembler;
        this.maxPageBytes = maxPageBytes;
        this.publishTimeout = publishTimeout;
        this.clock = clock;
    }

    /** Blocking: runs on the caller's thread until every selected page is replayed. */
    public Result replay(Selection selection) throws Exception {
        Set<String> chosen = newestPerArticle(selection);
        int pages = 0;
        int replayed = 0;
        int noArticle = 0;
        int unreadable = 0;
        Instant extractedAt = clock.instant();
        try (Consumer<String, byte[]> c = consumers.get()) {
            Map<TopicPartition, Long> end = startFromBeginning(c);
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : c.poll(POLL)) {
                    if (!chosen.contains(position(record))) {
                        continue;
                    }
                    RawPageFetched page;
                    byte[] body;
                    try {
                        page = codec.decode(record.value(), RawPageFetched.class);
                        body = RawPages.body(page, maxPageBytes);
                    } catch (MalformedEventException | IOException e) {
                        log.warn("raw page {} unreadable, not replayed: {}", record.key(), e.getMessage());
                        unreadable++;
                        continue;
                    }
                    if (!selection.admits(page)) {
                        continue;
                    }
                    pages++;
                    ExtractionOutcome outcome = assembler.reassemble(page.articleId(), canonicalOf(page),
                            page.submissionId(), page.source(), URI.create(page.url()), page.contentType(), body,
                            page.fetchedAt(), extractedAt);
                    if (outcome instanceof ExtractionOutcome.Article article) {
                        publisher.publish(Topics.ARTICLES_EXTRACTED, article.event())
                                .get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
                        replayed++;
                    } else {
                        noArticle++;
                    }
                }
                end.entrySet().removeIf(e -> c.position(e.getKey()) >= e.getValue());
            }
        }
        log.info("replay {}: {} pages, {} articles re-extracted, {} without article, {} unreadable", selection,
                pages, replayed, noArticle, unreadable);
        return new Result(pages, replayed, noArticle, unreadable);
    }

    /** The canonical URL the article has (the raw page knows only its id), else the normalised fetched URL. */
    private String canonicalOf(RawPageFetched page) {
        return canonicalUrls.apply(page.articleId())
                .orElseGet(() -> io.newsflow.ingest.url.UrlNormalizer.normalize(URI.create(page.url())));
    }

    /** Pass 1, keys and record times only: the position of the newest raw page of each selected article. */
    private Set<String> newestPerArticle(Selection selection) {
        Map<String, ConsumerRecord<String, byte[]>> newest = new HashMap<>();
        try (Consumer<String, byte[]> c = consumers.get()) {
            Map<TopicPartition, Long> end = startFromBeginning(c);
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : c.poll(POLL)) {
                    if (record.key() == null || record.value() == null || !selection.admitsKey(record.key())) {
                        continue;
                    }
                    String articleId = record.key().substring(0, Math.max(0, record.key().indexOf('/')));
                    newest.merge(articleId, record, (a, b) -> b.timestamp() >= a.timestamp() ? b : a);
                }
                end.entrySet().removeIf(e -> c.position(e.getKey()) >= e.getValue());
            }
        }
        Set<String> positions = new HashSet<>();
        newest.values().forEach(record -> positions.add(position(record)));
        return positions;
    }

    private static Map<TopicPartition, Long> startFromBeginning(Consumer<String, byte[]> c) {
        List<PartitionInfo> infos = c.partitionsFor(Topics.PAGES_RAW, Duration.ofSeconds(10));
        List<TopicPartition> partitions = infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions));
        end.entrySet().removeIf(e -> c.position(e.getKey()) >= e.getValue());
        return end;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.partition() + "@" + record.offset();
    }
}
