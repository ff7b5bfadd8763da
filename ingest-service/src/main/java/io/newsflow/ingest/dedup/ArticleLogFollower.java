package io.newsflow.ingest.dedup;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.ingest.url.UrlRules;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.MalformedEventException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads {@code newsflow.articles.extracted} and {@code newsflow.pages.raw} whole into the
 * {@link ArticleIndex} and keeps following them, with a consumer outside any group (every copy of the
 * service sees every article). Start-up waits up to {@code startupTimeout} for the catch-up, before the
 * submission workers start; a slower broker only means duplicates of older articles may pass meanwhile.
 * Unreadable records are logged and skipped: they are table rows, there is no one to retry them for.
 */
public final class ArticleLogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArticleLogFollower.class);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final List<String> TOPICS = List.of(Topics.ARTICLES_EXTRACTED, Topics.PAGES_RAW);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final ArticleIndex index;
    private final EventCodec codec;
    private final Duration startupTimeout;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public ArticleLogFollower(Supplier<Consumer<String, byte[]>> consumers, ArticleIndex index, EventCodec codec,
                              Duration startupTimeout) {
        this.consumers = consumers;
        this.index = index;
        this.codec = codec;
        this.startupTimeout = startupTimeout;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "newsflow-article-index");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!caughtUp.await(startupTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} not read to their end within {}: duplicates of older articles may pass until they are",
                        TOPICS, startupTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread reader = thread;
        if (reader != null) {
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers (phase Integer.MAX_VALUE - 100), so workers start with a full index. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    private void run() {
        while (running) {
            try (Consumer<String, byte[]> c = consumers.get()) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("reading {} failed, starting over in 1 s: {}", TOPICS, e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    private void follow(Consumer<String, byte[]> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            partitions.addAll(partitions(c, topic));
        }
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions));
        checkCaughtUp(c, end);
        while (running) {
            c.poll(POLL).forEach(this::apply);
            checkCaughtUp(c, end);
        }
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> c, String topic) {
        while (running) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            sleep(POLL);   // the topic is being created by this service's own declarations
        }
        throw new WakeupException();
    }

    private void checkCaughtUp(Consumer<String, byte[]> c, Map<TopicPartition, Long> end) {
        if (caughtUp.getCount() == 0) {
            return;
        }
        end.entrySet().removeIf(e -> c.position(e.getKey()) >= e.getValue());
        if (end.isEmpty()) {
            log.info("article index read: {} articles", index.articleCount());
            caughtUp.countDown();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;   // a tombstone: nothing to learn
        }
        try {
            if (Topics.ARTICLES_EXTRACTED.equals(record.topic())) {
                index.apply(codec.decode(record.value(), ArticleExtracted.class));
            } else {
                RawPageFetched page = codec.decode(record.value(), RawPageFetched.class);
                if (page.url() != null && UrlRules.problemWith(page.url()).isEmpty()) {
                    index.apply(page, UrlNormalizer.normalize(UrlRules.parse(page.url())));
                }
            }
        } catch (MalformedEventException | NullPointerException e) {
            log.warn("skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
