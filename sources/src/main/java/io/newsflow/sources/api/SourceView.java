package io.newsflow.sources.api;

import io.newsflow.contracts.SourceKind;
import io.newsflow.contracts.SourceSubscription;
import java.time.Instant;

/**
 * A subscription as the API shows it: its poll state, without the remembered entry keys (only their count).
 *
 * @param nextPollAt when it is due next (now or in the past when it has never been polled)
 */
record SourceView(String id, String url, SourceKind kind, String title, long pollIntervalSeconds, Instant createdAt,
                  Instant lastPolledAt, Instant nextPollAt, String lastOutcome, long entriesSubmitted,
                  int entriesRemembered) {

    static SourceView of(SourceSubscription s) {
        Instant next = s.lastPolledAt() == null ? s.createdAt() : s.lastPolledAt().plusSeconds(s.pollIntervalSeconds());
        return new SourceView(s.sourceId(), s.url(), s.kind(), s.title(), s.pollIntervalSeconds(), s.createdAt(),
                s.lastPolledAt(), next, s.lastOutcome(), s.entriesSubmitted(),
                s.seenEntries() == null ? 0 : s.seenEntries().size());
    }
}
