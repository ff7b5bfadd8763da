package io.newsflow.sources.registry;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.MalformedEventException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads {@code newsflow.sources} into the {@link SourceRegistry}: a consumer outside any group assigns
 * itself every partition, seeks to the beginning, reads up to the end offsets seen at start-up (then the
 * registry is ready), and keeps following so writes of other instances arrive here too. Like a Kafka
 * Streams global table, on one thread of its own.
 *
 * <p>Start-up waits up to {@code startupTimeout} for the catch-up; when the broker is slower the service
 * starts anyway, the registry says it is not ready, the API answers 503 and the poller waits.
 * A record that cannot be read is logged and skipped: it is a table row, there is no one to retry it for.
 */
public class SubscriptionLogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionLogFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final SourceRegistry registry;
    private final EventCodec codec;
    private final Duration startupTimeout;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public SubscriptionLogFollower(Supplier<Consumer<String, byte[]>> consumers, SourceRegistry registry,
                                   EventCodec codec, Duration startupTimeout) {
        this.consumers = consumers;
        this.registry = registry;
        this.codec = codec;
        this.startupTimeout = startupTimeout;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "newsflow-sources-follower");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!caughtUp.await(startupTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} not read to its end within {}: starting without the full registry (API answers 503"
                        + " and polling waits until it is)", Topics.SOURCES, startupTimeout);
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
        Thread current2 = thread;
        if (current2 != null) {
            try {
                current2.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early, so the registry is full before the poller and the web server start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
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
                log.warn("reading {} failed, starting over in 1 s: {}", Topics.SOURCES, e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    private void follow(Consumer<String, byte[]> c) {
        List<TopicPartition> partitions = partitions(c);
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions));
        checkCaughtUp(c, end);
        while (running) {
            ConsumerRecords<String, byte[]> records = c.poll(POLL);
            records.forEach(this::apply);
            checkCaughtUp(c, end);
        }
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> c) {
        while (running) {
            List<PartitionInfo> infos = c.partitionsFor(Topics.SOURCES, Duration.ofSeconds(5));
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
            registry.markReady();
            caughtUp.countDown();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            log.warn("skipped a {} record without key at {}-{}@{}", Topics.SOURCES, record.topic(), record.partition(),
                    record.offset());
            return;
        }
        SourceSubscription subscription = null;
        if (record.value() != null) {
            try {
                subscription = codec.decode(record.value(), SourceSubscription.class);
            } catch (MalformedEventException e) {
                log.warn("skipped an unreadable subscription {} at {}-{}@{}: {}", record.key(), record.topic(),
                        record.partition(), record.offset(), e.getMessage());
                return;
            }
        }
        registry.apply(record.key(), subscription, record.partition(), record.offset());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
