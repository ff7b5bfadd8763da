package io.newsflow.sources.poll;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.sources.registry.SourceRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * Runs polls: every tick it starts the subscriptions that are due ({@code lastPolledAt + pollInterval}
 * passed, or never polled), at most {@code maxConcurrentPolls} at once, and {@link #pollNow} runs one on
 * demand. A subscription is never polled twice at once: a request for one already running joins it.
 *
 * <p>Ticks run on one thread of their own and only start work; polls run on the fetcher's and Reactor's
 * threads. When the scheduler is disabled ({@code newsflow.sources.poller-enabled=false}) only
 * {@link #pollNow} polls.
 */
public class PollScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);

    private final SourcePoller poller;
    private final SourceRegistry registry;
    private final Clock clock;
    private final Duration tick;
    private final int maxConcurrentPolls;
    private final boolean enabled;
    private final Map<String, CompletableFuture<PollResult>> running = new ConcurrentHashMap<>();
    /** When each poll was last started here: a poll whose result could not be written is not retried every tick. */
    private final Map<String, Instant> lastStarted = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    public PollScheduler(SourcePoller poller, SourceRegistry registry, Clock clock, Duration tick,
                         int maxConcurrentPolls, boolean enabled) {
        this.poller = poller;
        this.registry = registry;
        this.clock = clock;
        this.tick = tick;
        this.maxConcurrentPolls = maxConcurrentPolls;
        this.enabled = enabled;
    }

    /** Polls the subscription now (or joins its running poll); empty when there is no such subscription. */
    public Optional<Mono<PollResult>> pollNow(String sourceId) {
        return registry.find(sourceId).map(subscription -> Mono.fromFuture(start(subscription), true));
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("polling of subscriptions is disabled on this instance (newsflow.sources.poller-enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsflow-sources-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tickSafely, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    void tick() {
        if (!registry.isReady()) {
            return;
        }
        Instant now = clock.instant();
        for (SourceSubscription subscription : registry.all()) {
            if (running.size() >= maxConcurrentPolls) {
                return;
            }
            if (isDue(subscription, now) && !running.containsKey(subscription.sourceId())) {
                start(subscription);
            }
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("poll tick failed; the next tick tries again", e);   // the schedule never dies
        }
    }

    private boolean isDue(SourceSubscription subscription, Instant now) {
        Duration interval = Duration.ofSeconds(Math.max(1, subscription.pollIntervalSeconds()));
        Instant last = latest(subscription.lastPolledAt(), lastStarted.get(subscription.sourceId()));
        return last == null || !last.plus(interval).isAfter(now);
    }

    /** Synchronized, not computeIfAbsent: a poll may complete (and remove itself) before it is registered. */
    private synchronized CompletableFuture<PollResult> start(SourceSubscription subscription) {
        String id = subscription.sourceId();
        CompletableFuture<PollResult> current = running.get(id);
        if (current != null) {
            return current;
        }
        lastStarted.put(id, clock.instant());
        CompletableFuture<PollResult> future = new CompletableFuture<>();
        running.put(id, future);
        future.whenComplete((result, error) -> running.remove(id, future));
        Mono.defer(() -> poller.poll(subscription))
                .doOnError(error -> log.warn("poll of {} could not be recorded: {}", id, error.toString()))
                .subscribe(future::complete, future::completeExceptionally);
        return future;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
