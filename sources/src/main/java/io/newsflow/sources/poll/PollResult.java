package io.newsflow.sources.poll;

import io.newsflow.contracts.SourceSubscription;

/**
 * What one poll did.
 *
 * @param subscription the subscription as written back after the poll
 * @param submitted    entries submitted by this poll
 * @param outcome      the short result also stored as {@code lastOutcome} ("200, 3 new", "304", "HTTP 500")
 */
public record PollResult(SourceSubscription subscription, int submitted, String outcome) {
}
