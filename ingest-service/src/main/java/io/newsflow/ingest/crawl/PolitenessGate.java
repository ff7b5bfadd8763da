package io.newsflow.ingest.crawl;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * Schedules requests the way a polite crawler does: one queue per host, at most
 * {@code maxPerHost} requests in flight to a host, a minimum delay between the end of one request to a
 * host and the start of the next, and at most {@code maxInFlight} requests in flight overall. Hosts
 * with nothing in the way proceed in parallel; hosts waiting for a global slot are served in turn.
 *
 * <p>Reactive: {@link #run} returns a Mono that starts the task when its turn comes; nothing blocks.
 * Cancelling the Mono (a timeout upstream) removes a waiting task or disposes a running one and frees
 * its slot. A host's state is dropped once it is idle and its delay has passed.
 */
public final class PolitenessGate {

    private final int maxPerHost;
    private final int maxInFlight;
    private final Scheduler timer;
    private final LongSupplier nanoClock;
    /** Insertion order = service order: a host that starts a request moves to the back. */
    private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
    private int inFlight;

    public PolitenessGate(int maxPerHost, int maxInFlight, Scheduler timer) {
        this(maxPerHost, maxInFlight, timer, System::nanoTime);
    }

    PolitenessGate(int maxPerHost, int maxInFlight, Scheduler timer, LongSupplier nanoClock) {
        if (maxPerHost < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("maxPerHost and maxInFlight must be at least 1");
        }
        this.maxPerHost = maxPerHost;
        this.maxInFlight = maxInFlight;
        this.timer = timer;
        this.nanoClock = nanoClock;
    }

    /**
     * Runs {@code task} when {@code host} and the global bound allow it. {@code delay} is the minimum gap
     * between the end of this request and the start of the next one to the same host (the larger of the
     * configured delay and robots.txt's crawl-delay).
     */
    public <T> Mono<T> run(String host, Duration delay, Mono<T> task) {
        return Mono.create(sink -> {
            Ticket<T> ticket = new Ticket<>(host, delay.toNanos(), task, sink);
            sink.onCancel(() -> cancel(ticket));
            enqueue(ticket);
        });
    }

    /** Keeps every request to {@code host} waiting at least {@code wait} from now (a server's Retry-After). */
    public void holdOff(String host, Duration wait) {
        synchronized (this) {
            HostQueue queue = hosts.computeIfAbsent(host, HostQueue::new);
            queue.notBefore = Math.max(queue.notBefore, nanoClock.getAsLong() + wait.toNanos());
        }
        dispatch();
    }

    /** Requests in flight now, all hosts together. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** Requests waiting for their turn, all hosts together. */
    public synchronized int waiting() {
        return hosts.values().stream().mapToInt(queue -> queue.waiting.size()).sum();
    }

    private void enqueue(Ticket<?> ticket) {
        synchronized (this) {
            hosts.computeIfAbsent(ticket.host, HostQueue::new).waiting.add(ticket);
        }
        dispatch();
    }

    private void cancel(Ticket<?> ticket) {
        boolean wasRunning;
        synchronized (this) {
            HostQueue queue = hosts.get(ticket.host);
            if (ticket.state == TicketState.WAITING) {
                ticket.state = TicketState.DONE;
                if (queue != null) {
                    queue.waiting.remove(ticket);
                }
                return;
            }
            wasRunning = ticket.state == TicketState.RUNNING;
        }
        if (wasRunning) {
            Disposable running = ticket.subscription;
            if (running != null) {
                running.dispose();
            }
            finish(ticket);
        }
    }

    private void finish(Ticket<?> ticket) {
        synchronized (this) {
            if (ticket.state != TicketState.RUNNING) {
                return;
            }
            ticket.state = TicketState.DONE;
            inFlight--;
            HostQueue queue = hosts.get(ticket.host);
            if (queue != null) {
                queue.running--;
                queue.notBefore = Math.max(queue.notBefore, nanoClock.getAsLong() + ticket.delayNanos);
            }
        }
        dispatch();
    }

    /** Starts every ticket whose turn has come; arranges a wake-up for hosts still inside their delay. */
    private void dispatch() {
        List<Ticket<?>> toStart = new ArrayList<>();
        long wakeAt = Long.MAX_VALUE;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            List<HostQueue> served = new ArrayList<>();
            for (Iterator<HostQueue> it = hosts.values().iterator(); it.hasNext(); ) {
                HostQueue queue = it.next();
                if (queue.waiting.isEmpty()) {
                    if (queue.running == 0 && queue.notBefore <= now) {
                        it.remove();   // idle and its delay has passed: nothing left to remember
                    }
                    continue;
                }
                if (queue.running >= maxPerHost) {
                    continue;   // finish() dispatches again
                }
                if (queue.notBefore > now) {
                    wakeAt = Math.min(wakeAt, queue.notBefore);
                    continue;
                }
                if (inFlight >= maxInFlight) {
                    continue;   // finish() dispatches again
                }
                Ticket<?> ticket = queue.waiting.poll();
                ticket.state = TicketState.RUNNING;
                queue.running++;
                inFlight++;
                if (maxPerHost > 1) {
                    // several in flight: the delay separates their starts
                    queue.notBefore = Math.max(queue.notBefore, now + ticket.delayNanos);
                }
                toStart.add(ticket);
                served.add(queue);
                it.remove();
            }
            served.forEach(queue -> hosts.put(queue.host, queue));   // to the back of the line
        }
        if (wakeAt != Long.MAX_VALUE) {
            scheduleWakeUp(wakeAt);
        }
        toStart.forEach(this::start);
    }

    private long scheduledWakeUp = Long.MAX_VALUE;

    private void scheduleWakeUp(long at) {
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (scheduledWakeUp <= at && scheduledWakeUp > now) {
                return;   // an earlier wake-up is already arranged; it will arrange the next one
            }
            scheduledWakeUp = at;
        }
        timer.schedule(() -> {
            synchronized (this) {
                scheduledWakeUp = Long.MAX_VALUE;
            }
            dispatch();
        }, Math.max(0, at - nanoClock.getAsLong()), TimeUnit.NANOSECONDS);
    }

    private <T> void start(Ticket<T> ticket) {
        ticket.subscription = ticket.task
                .doFinally(signal -> finish(ticket))
                .subscribe(value -> ticket.sink.success(value), ticket.sink::error, ticket.sink::success);
    }

    private enum TicketState { WAITING, RUNNING, DONE }

    private static final class Ticket<T> {
        final String host;
        final long delayNanos;
        final Mono<T> task;
        final MonoSink<T> sink;
        volatile TicketState state = TicketState.WAITING;
        volatile Disposable subscription;

        Ticket(String host, long delayNanos, Mono<T> task, MonoSink<T> sink) {
            this.host = host;
            this.delayNanos = delayNanos;
            this.task = task;
            this.sink = sink;
        }
    }

    private static final class HostQueue {
        final String host;
        final Deque<Ticket<?>> waiting = new ArrayDeque<>();
        int running;
        /** System.nanoTime before which no request to this host starts. */
        long notBefore = Long.MIN_VALUE;

        HostQueue(String host) {
            this.host = host;
        }
    }
}
