package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final URI URL = URI.create("https://news.example/a");

    @Test
    void transientFailuresAreRetriedPermanentOnesAreNot() {
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.TIMEOUT, 0))).isTrue();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.UNREACHABLE, 0))).isTrue();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.HTTP_ERROR, 429))).isTrue();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.HTTP_ERROR, 503))).isTrue();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.HTTP_ERROR, 501))).isFalse();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.HTTP_ERROR, 404))).isFalse();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.HTTP_ERROR, 410))).isFalse();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.UNSUPPORTED_CONTENT_TYPE, 0))).isFalse();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.TOO_LARGE, 0))).isFalse();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.BLOCKED_ADDRESS, 0))).isFalse();
        assertThat(RetryPolicy.isTransient(failure(ReasonCodes.ROBOTS_DISALLOWED, 0))).isFalse();
    }

    @Test
    void backOffDoublesWithEqualJitterUpToTheMaximum() {
        RetryPolicy low = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60), () -> 0.0);
        RetryPolicy high = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60), () -> 0.999);
        FetchOutcome.Failed timeout = failure(ReasonCodes.TIMEOUT, 0);

        assertThat(low.waitAfter(timeout, 1)).isEqualTo(Duration.ofMillis(500));
        assertThat(high.waitAfter(timeout, 1)).isBetween(Duration.ofMillis(990), Duration.ofMillis(1000));
        assertThat(low.waitAfter(timeout, 2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(low.waitAfter(timeout, 3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(high.waitAfter(timeout, 10)).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(low.retries(timeout, 4)).isTrue();
        assertThat(low.retries(timeout, 5)).isFalse();
    }

    @Test
    void retryAfterWinsOverBackOffAndIsCapped() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60), () -> 0.5);

        assertThat(policy.waitAfter(new FetchOutcome.Failed(URL, ReasonCodes.HTTP_ERROR, "429", 429, Duration.ofSeconds(7)), 1))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.waitAfter(new FetchOutcome.Failed(URL, ReasonCodes.HTTP_ERROR, "503", 503, Duration.ofHours(2)), 1))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse("-5", now)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }

    private static FetchOutcome.Failed failure(String reason, int status) {
        return new FetchOutcome.Failed(URL, reason, reason, status, null);
    }
}
