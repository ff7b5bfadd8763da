package io.newsflow.ingest.crawl;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.fetch.FetchOutcome;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Which failed fetches are tried again and when: timeouts, connection errors, 429 and 5xx (but 501) are
 * transient; everything else (404, 410, not HTML, too large, blocked, robots) is permanent. The wait is
 * the server's Retry-After when it sent one (at most {@code maxRetryAfter}), else exponential back-off
 * ({@code initial × 2^(attempt-1)}, at most {@code maxBackoff}) with "equal jitter": half fixed, half
 * random, so retries of many URLs do not arrive in lock-step.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    public RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                       DoubleSupplier random) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public static boolean isTransient(FetchOutcome.Failed failure) {
        return switch (failure.reasonCode()) {
            case ReasonCodes.TIMEOUT, ReasonCodes.UNREACHABLE -> true;
            case ReasonCodes.HTTP_ERROR -> failure.httpStatus() == 429
                    || (failure.httpStatus() >= 500 && failure.httpStatus() != 501);
            default -> false;
        };
    }

    /** Whether attempt number {@code attempt} (1-based) that ended in {@code failure} is followed by another. */
    public boolean retries(FetchOutcome.Failed failure, int attempt) {
        return attempt < maxAttempts && isTransient(failure);
    }

    /** The wait before the attempt after {@code attempt}. */
    public Duration waitAfter(FetchOutcome.Failed failure, int attempt) {
        if (failure.retryAfter() != null) {
            return failure.retryAfter().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : failure.retryAfter();
        }
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2)));
    }
}
