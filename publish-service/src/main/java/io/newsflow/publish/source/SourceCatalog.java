package io.newsflow.publish.source;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * The feed and sitemap subscriptions, read from the compacted {@code newsflow.sources} topic by a
 * non-group reader (every partition assigned, from the beginning, nothing committed): every copy of
 * the service sees all of them, like a global table. The latest value per source id wins; a tombstone
 * removes it. A record that cannot be read is skipped with a warning (it is ingest-service's topic;
 * its own consumer dead-letters it).
 */
@Component
class SourceCatalog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceCatalog.class);
    /** Poll wait: also the longest a stop waits for the reader. */
    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<String, byte[]> consumers;
    private final EventCodec codec;
    private final Map<String, SourceSubscription> sources = new ConcurrentHashMap<>();
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread reader;
    private volatile boolean running;

    SourceCatalog(ConsumerFactory<String, byte[]> consumers, EventCodec codec) {
        this.consumers = consumers;
        this.codec = codec;
    }

    Collection<SourceSubscription> all() {
        return List.copyOf(sources.values());
    }

    @Override
    public void start() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = consumers.createConsumer(null, "publish-sources", null, overrides);
        running = true;
        Thread thread = new Thread(this::read, "publish-sources-reader");
        thread.setDaemon(true);
        reader = thread;
        thread.start();
    }

    private void read() {
        try {
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                // The topic may not exist yet (first start of a fresh broker): ask again until it does.
                partitions = consumer.partitionsFor(Topics.SOURCES, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                if (partitions.isEmpty()) {
                    Thread.sleep(POLL.toMillis());
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the reader up.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("the sources reader stopped: {}", e.toString());
        } finally {
            consumer.close();
        }
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            sources.remove(record.key());
            return;
        }
        try {
            sources.put(record.key(), codec.decode(record.value(), SourceSubscription.class));
        } catch (RuntimeException e) {
            log.warn("unreadable source subscription {} at offset {}: {}", record.key(), record.offset(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            try {
                reader.join(POLL.toMillis() * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
