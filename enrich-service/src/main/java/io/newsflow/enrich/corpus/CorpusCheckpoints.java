package io.newsflow.enrich.corpus;

import io.newsflow.enricher.CorpusIndex;
import io.newsflow.messaging.table.CompactedTopicFollower;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Makes an on-disk corpus index durable every {@code interval} and once more at shutdown, each time with the
 * feed's read positions, so a restart resumes reading where the durable index ends. The positions are taken
 * before the commit: documents applied in between are in the commit too, and reading them again is a no-op.
 * Stops after the corpus feed (a lower phase), so the last commit has its last position. An interval of zero
 * (an in-memory index: nothing outlives the process) commits nothing.
 */
final class CorpusCheckpoints implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CorpusCheckpoints.class);

    private final CorpusIndex corpus;
    private final CorpusRecords records;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    CorpusCheckpoints(CorpusIndex corpus, CorpusRecords records, Duration interval) {
        this.corpus = corpus;
        this.records = records;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = true;
        if (interval.isZero()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "corpus-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::commit, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit();
    }

    /** Commits the index with the positions read so far (also for tests). */
    synchronized void commit() {
        Map<TopicPartition, Long> positions = records.positions();
        try {
            corpus.commit(CorpusPositions.encode(positions));
            log.debug("corpus index committed at {}", positions);
        } catch (RuntimeException e) {
            log.warn("corpus index commit failed (the next start reads more of the topic again): {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped after the corpus feed (stop runs from the highest phase down). */
    @Override
    public int getPhase() {
        return CompactedTopicFollower.DEFAULT_PHASE - 1;
    }
}
