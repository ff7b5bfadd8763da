package io.newsflow.enrich.corpus;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.Topics;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.MalformedEventException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Keeps the corpus index equal to the compacted articles topic: a reader outside any consumer group,
 * assigned every partition from the beginning, so every copy of enrich-service sees the whole corpus
 * (like a Kafka Streams global table) while the group listener splits the enrichment work.
 */
public class CorpusFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CorpusFeed.class);

    /** Poll wait: short enough for a prompt shutdown. */
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    /** How often (in polls) to look for partitions added to the topic. */
    private static final int PARTITION_CHECK_EVERY_POLLS = 60;

    private final ConsumerFactory<String, byte[]> consumerFactory;
    private final CorpusIndex corpus;
    private final EventCodec codec;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Consumer<String, byte[]> consumer;
    private Thread thread;

    public CorpusFeed(ConsumerFactory<String, byte[]> consumerFactory, CorpusIndex corpus, EventCodec codec) {
        this.consumerFactory = consumerFactory;
        this.corpus = corpus;
        this.codec = codec;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            thread = new Thread(this::run, "corpus-feed");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            Consumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void run() {
        try (Consumer<String, byte[]> c = consumerFactory.createConsumer(null, "-corpus-feed")) {
            consumer = c;
            int polls = 0;
            List<TopicPartition> assigned = List.of();
            while (running.get()) {
                if (polls++ % PARTITION_CHECK_EVERY_POLLS == 0) {
                    assigned = reassignIfChanged(c, assigned);
                }
                for (ConsumerRecord<String, byte[]> record : c.poll(POLL_TIMEOUT)) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the consumer up: leave the loop.
        } catch (RuntimeException e) {
            log.error("corpus feed stopped: related articles will miss articles published from now on", e);
        }
    }

    private static List<TopicPartition> reassignIfChanged(Consumer<String, byte[]> c, List<TopicPartition> assigned) {
        List<TopicPartition> partitions = c.partitionsFor(Topics.ARTICLES_EXTRACTED).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.size() == assigned.size()) {
            return assigned;
        }
        List<TopicPartition> added = partitions.stream().filter(p -> !assigned.contains(p)).toList();
        c.assign(partitions);
        c.seekToBeginning(added);
        return partitions;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                corpus.remove(record.key());   // a tombstone deletes the article
            }
            return;
        }
        try {
            corpus.add(CorpusDocuments.of(codec.decode(record.value(), ArticleExtracted.class)));
        } catch (MalformedEventException e) {
            // The group listener dead-letters this record and reports it; the index just leaves it out.
            log.debug("corpus feed skips malformed record {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
