package io.newsflow.sources.poll;

import io.newsflow.contracts.SourceKind;
import io.newsflow.contracts.SourceSubscription;
import io.newsflow.sources.parse.SourceDocumentParser;
import io.newsflow.sources.parse.SourceFormat;
import io.newsflow.sources.registry.SourceRegistry;
import io.newsflow.sources.spi.SourceFetcher;
import io.newsflow.sources.spi.SubmissionSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One poll of one subscription: harvest (conditional fetch, parse, child sitemaps), pick the new entries,
 * submit them in batches through the {@link SubmissionSink} with source {@code feed:<sourceId>}, and write
 * the subscription back with its new poll state.
 *
 * <p>A poll never fails for a reason of the source: a fetch error, an unreadable document or a timeout
 * becomes the {@code lastOutcome} and the schedule goes on. The ETag/Last-Modified validators are kept
 * only when everything the document listed was submitted: after a capped, partly failed or incomplete
 * (child sitemap failed) poll, the next poll fetches in full instead of being told 304.
 * The returned Mono fails only when the result cannot be written to the broker.
 */
public final class SourcePoller {

    private final Harvester harvester;
    private final SubmissionSink sink;
    private final SourceRegistry registry;
    private final Clock clock;
    private final PollLimits limits;

    /**
     * @param maxNewEntriesPerPoll entries submitted by one poll at most
     * @param maxSeenEntries       entry keys remembered per subscription
     * @param pollTimeout          bound of a whole poll
     */
    public record PollLimits(int maxNewEntriesPerPoll, int maxSeenEntries, int maxChildSitemaps, Duration pollTimeout) {
    }

    public SourcePoller(SourceFetcher fetcher, SubmissionSink sink, SourceRegistry registry,
                        SourceDocumentParser parser, PollLimits limits, Clock clock) {
        this.harvester = new Harvester(fetcher, parser, limits.maxChildSitemaps());
        this.sink = sink;
        this.registry = registry;
        this.limits = limits;
        this.clock = clock;
    }

    public Mono<PollResult> poll(SourceSubscription subscription) {
        Instant startedAt = clock.instant();
        // Deferred: a subscription written by hand with a bad URL fails inside the Mono, as an outcome.
        return Mono.defer(() -> harvester.harvest(subscription))
                .flatMap(harvest -> harvest.notModified()
                        ? Mono.just(notModified(subscription, startedAt))
                        : submitNew(subscription, harvest, startedAt))
                .timeout(limits.pollTimeout())
                .onErrorResume(error -> Mono.just(failed(subscription, startedAt, error)))
                .flatMap(this::writeBack);
    }

    private PollResult notModified(SourceSubscription s, Instant at) {
        return new PollResult(updated(s, at, PollOutcomes.notModified(), 0, s.etag(), s.lastModified(), s.seenEntries(),
                s.kind(), s.title()), 0, PollOutcomes.notModified());
    }

    private PollResult failed(SourceSubscription s, Instant at, Throwable error) {
        String outcome = PollOutcomes.bounded(PollOutcomes.describe(error));
        return new PollResult(updated(s, at, outcome, 0, s.etag(), s.lastModified(), s.seenEntries(), s.kind(),
                s.title()), 0, outcome);
    }

    private Mono<PollResult> submitNew(SourceSubscription s, Harvest harvest, Instant at) {
        SourceFormat format = harvest.document().format();
        EntrySelection selection = EntrySelection.select(harvest.entries(), format.kind() == SourceKind.SITEMAP,
                seen(s), limits.maxNewEntriesPerPoll());
        List<String> submittedKeys = new ArrayList<>();
        List<String> problems = new ArrayList<>(harvest.problems());
        return Flux.fromIterable(batches(selection.fresh()))
                .concatMap(batch -> sink.submit(batch.stream().map(Map.Entry::getValue).toList(), s.submissionSource())
                        .doOnNext(receipts -> batch.forEach(entry -> submittedKeys.add(entry.getKey()))))
                .then(Mono.fromSupplier(() -> true))
                .onErrorResume(error -> {
                    problems.add("submitting failed after " + submittedKeys.size() + ": " + error.getMessage());
                    return Mono.just(false);
                })
                .map(allSubmitted -> {
                    boolean complete = allSubmitted && selection.deferred() == 0 && harvest.problems().isEmpty()
                            && !harvest.document().truncated();
                    String outcome = PollOutcomes.bounded(outcome(harvest, selection, submittedKeys.size(), problems));
                    var answer = harvest.answer();
                    SourceSubscription next = updated(s, at, outcome, submittedKeys.size(),
                            complete ? answer.etag() : null, complete ? answer.lastModified() : null,
                            selection.remembered(seen(s), submittedKeys, limits.maxSeenEntries()),
                            s.kind() != null ? s.kind() : format.kind(),
                            harvest.document().title() != null ? harvest.document().title() : s.title());
                    return new PollResult(next, submittedKeys.size(), outcome);
                });
    }

    private static String outcome(Harvest harvest, EntrySelection selection, int submitted, List<String> problems) {
        StringBuilder text = new StringBuilder(PollOutcomes.fetched(harvest.answer().status(), submitted));
        if (selection.deferred() > 0) {
            text.append(", ").append(selection.deferred()).append(" more next poll");
        }
        if (selection.invalid() > 0) {
            text.append(", ").append(selection.invalid()).append(" entries without a valid URL skipped");
        }
        if (harvest.document().truncated()) {
            text.append(", document cut at the entry limit");
        }
        problems.forEach(problem -> text.append("; ").append(problem));
        return text.toString();
    }

    private List<List<Map.Entry<String, String>>> batches(Map<String, String> fresh) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fresh.entrySet());
        List<List<Map.Entry<String, String>>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SubmissionSink.MAX_BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + SubmissionSink.MAX_BATCH)));
        }
        return batches;
    }

    /** Written back unless the subscription was removed meanwhile (a write would bring it back). */
    private Mono<PollResult> writeBack(PollResult result) {
        if (registry.find(result.subscription().sourceId()).isEmpty()) {
            return Mono.just(result);
        }
        return registry.save(result.subscription()).thenReturn(result);
    }

    private static List<String> seen(SourceSubscription s) {
        return s.seenEntries() == null ? List.of() : s.seenEntries();
    }

    private static SourceSubscription updated(SourceSubscription s, Instant at, String outcome, int submitted,
                                              String etag, String lastModified, List<String> seen, SourceKind kind,
                                              String title) {
        return new SourceSubscription(s.sourceId(), s.url(), kind, title, s.pollIntervalSeconds(), s.createdAt(), at,
                outcome, s.entriesSubmitted() + submitted, etag, lastModified, seen);
    }
}
