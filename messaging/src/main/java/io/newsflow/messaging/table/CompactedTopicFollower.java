package io.newsflow.messaging.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Reads topics whole into memory and keeps following them, like a Kafka Streams global table: a consumer
 * outside any group assigns itself every partition, starts at the beginning, commits nothing, so every
 * copy of a service sees every record (the subscriptions, the article log, the corpus). A handler that keeps
 * its table on disk says where it left off ({@link RecordHandler#resumeFrom}), and reading resumes there.
 * One thread of its own; the handler is only ever called from it, in offset order per partition.
 *
 * <p>Start-up reads up to the end offsets seen when it began ("caught up"), waiting at most
 * {@code startupTimeout} so the beans that need the table start with it full; a slower broker only delays
 * the catch-up, the service starts anyway. Partitions added to a topic later are found and read from their
 * beginning. A failing consumer (broker gone, topic deleted) is closed and the read starts over after a
 * second. A record the handler cannot take (it throws) is logged and skipped: it is a table row, there is
 * no one to retry it for; the group consumers of the same topic dead-letter it.
 */
public final class CompactedTopicFollower implements SmartLifecycle {

    /** What the follower does with each record, a tombstone ({@code value() == null}) included. */
    @FunctionalInterface
    public interface RecordHandler {
        void apply(ConsumerRecord<String, byte[]> record);

        /**
         * Where to read each partition from when reading (re)starts: the next offset to read, for a handler
         * that keeps its table across restarts and knows how far it got; partitions left out are read from
         * their beginning. Given the partitions' end offsets, so a handler can tell that a topic was recreated
         * (its position lies past the end) and start over. By default everything is read from the beginning.
         */
        default Map<TopicPartition, Long> resumeFrom(Map<TopicPartition, Long> endOffsets) {
            return Map.of();
        }
    }

    /**
     * Before the listener containers (phase {@code Integer.MAX_VALUE - 100}) and the web server, so workers
     * and the API start with the table read.
     */
    public static final int DEFAULT_PHASE = Integer.MIN_VALUE + 1000;

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicFollower.class);
    /** Poll wait: also about the longest a stop waits for the reader to notice. */
    private static final Duration POLL = Duration.ofMillis(300);
    /**
     * How often to look for partitions added to the topics: adding partitions is a rare operator action,
     * a half-minute delay before they are read is fine. (The consumer's metadata must be at least as fresh:
     * {@link OutsideGroupConsumers} sets its maximum age to this.)
     */
    static final Duration PARTITION_CHECK_INTERVAL = Duration.ofSeconds(30);
    /** Wait before reading again after the consumer failed. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Longest wait in {@link #stop()} for the reader thread to end. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final List<String> topics;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final RecordHandler handler;
    private final Duration startupTimeout;
    private final Runnable onCaughtUp;
    private final Duration partitionCheckInterval;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    /**
     * @param name           the reader thread's name and the label of its log lines
     * @param topics         the topics read, whole
     * @param consumers      a new consumer outside any group ({@link OutsideGroupConsumers#config})
     * @param handler        applies one record
     * @param startupTimeout longest wait in {@link #start()} for the catch-up; zero: do not wait
     * @param onCaughtUp     run once, on the reader thread, when the catch-up is done
     */
    public CompactedTopicFollower(String name, List<String> topics, Supplier<Consumer<String, byte[]>> consumers,
                                  RecordHandler handler, Duration startupTimeout, Runnable onCaughtUp) {
        this(name, topics, consumers, handler, startupTimeout, onCaughtUp, PARTITION_CHECK_INTERVAL);
    }

    CompactedTopicFollower(String name, List<String> topics, Supplier<Consumer<String, byte[]>> consumers,
                           RecordHandler handler, Duration startupTimeout, Runnable onCaughtUp,
                           Duration partitionCheckInterval) {
        this.partitionCheckInterval = partitionCheckInterval;
        this.name = Objects.requireNonNull(name);
        this.topics = List.copyOf(topics);
        this.consumers = Objects.requireNonNull(consumers);
        this.handler = Objects.requireNonNull(handler);
        this.startupTimeout = Objects.requireNonNull(startupTimeout);
        this.onCaughtUp = onCaughtUp == null ? () -> { } : onCaughtUp;
    }

    @Override
    public void start() {
        running = true;
        Thread reader = new Thread(this::run, name);
        reader.setDaemon(true);
        thread = reader;
        reader.start();
        if (startupTimeout.isZero()) {
            return;
        }
        try {
            if (!caughtUp.await(startupTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{}: {} not read to their end within {}, starting without the whole table", name, topics,
                        startupTimeout);
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
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }

    /** Whether the topics have been read up to the end offsets they had when reading began. */
    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** Waits up to {@code timeout} for the catch-up; true when it is done. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        while (running) {
            try (Consumer<String, byte[]> c = consumers.get()) {
                consumer = c;
                if (!running) {
                    return;   // stopped while the consumer was being made: its wakeup went nowhere
                }
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("{}: reading {} failed, starting over in {}: {}", name, topics, RETRY_AFTER, e.toString());
                sleep(RETRY_AFTER);
            }
        }
    }

    private void follow(Consumer<String, byte[]> c) {
        List<TopicPartition> assigned = partitions(c);
        c.assign(assigned);
        Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(assigned));
        Map<TopicPartition, Long> resume = handler.resumeFrom(Map.copyOf(end));
        List<TopicPartition> fromBeginning = new ArrayList<>();
        for (TopicPartition partition : assigned) {
            Long next = resume.get(partition);
            if (next == null) {
                fromBeginning.add(partition);
            } else {
                // below the log start (compacted or deleted since) the consumer's reset policy, earliest, applies
                c.seek(partition, next);
            }
        }
        if (!fromBeginning.isEmpty()) {
            c.seekToBeginning(fromBeginning);   // an empty list would mean every assigned partition
        }
        if (!resume.isEmpty()) {
            log.info("{}: resuming {} of {} partitions where the table left off", name, assigned.size() - fromBeginning.size(),
                    assigned.size());
        }
        checkCaughtUp(c, end);
        long nextPartitionCheck = System.nanoTime() + partitionCheckInterval.toNanos();
        while (running) {
            for (ConsumerRecord<String, byte[]> record : c.poll(POLL)) {
                apply(record);
            }
            checkCaughtUp(c, end);
            if (System.nanoTime() - nextPartitionCheck >= 0) {
                assigned = addNewPartitions(c, assigned);
                nextPartitionCheck = System.nanoTime() + partitionCheckInterval.toNanos();
            }
        }
    }

    /** Every partition of every topic; waits while a topic does not exist yet (its declaration is being made). */
    private List<TopicPartition> partitions(Consumer<String, byte[]> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
            while (running && (infos == null || infos.isEmpty())) {
                sleep(POLL);
                infos = c.partitionsFor(topic, Duration.ofSeconds(5));
            }
            if (!running) {
                throw new WakeupException();
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    private List<TopicPartition> addNewPartitions(Consumer<String, byte[]> c, List<TopicPartition> assigned) {
        List<TopicPartition> now = partitions(c);
        List<TopicPartition> added = now.stream().filter(p -> !assigned.contains(p)).toList();
        if (added.isEmpty()) {
            return assigned;
        }
        log.info("{}: reading added partitions {}", name, added);
        c.assign(now);
        c.seekToBeginning(added);
        return now;
    }

    private void checkCaughtUp(Consumer<String, byte[]> c, Map<TopicPartition, Long> end) {
        if (caughtUp.getCount() == 0) {
            return;
        }
        end.entrySet().removeIf(e -> c.position(e.getKey()) >= e.getValue());
        if (end.isEmpty()) {
            onCaughtUp.run();
            caughtUp.countDown();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            handler.apply(record);
        } catch (RuntimeException e) {
            log.warn("{}: skipped a record it cannot apply at {}-{}@{} (key {}): {}", name, record.topic(),
                    record.partition(), record.offset(), record.key(), e.toString());
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
