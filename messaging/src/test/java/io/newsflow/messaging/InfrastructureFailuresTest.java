package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class InfrastructureFailuresTest {

    @Test
    void anUnreachableDependencyAnywhereInTheChainIsInfrastructure() {
        assertThat(InfrastructureFailures.isInfrastructure(new ConnectException("refused"))).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new RuntimeException("listener failed",
                new ExecutionException(new org.apache.kafka.common.errors.TimeoutException("metadata"))))).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new UncheckedIOException(
                new java.net.SocketTimeoutException("read")))).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new TimeoutException())).isTrue();
        // What Reactor's block(Duration) throws when the store does not answer in time.
        assertThat(InfrastructureFailures.isInfrastructure(
                new IllegalStateException("Timeout on blocking read for 10000000000 NANOSECONDS"))).isTrue();
    }

    @Test
    void aBrokenRecordOrABugIsNot() {
        assertThat(InfrastructureFailures.isInfrastructure(new MalformedEventException("not JSON"))).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new MalformedEventException("bad",
                new ConnectException("irrelevant")))).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new NullPointerException())).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new IllegalStateException("other"))).isFalse();
    }
}
