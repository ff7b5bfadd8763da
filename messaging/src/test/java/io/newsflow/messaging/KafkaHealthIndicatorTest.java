package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** A broker that does not answer makes the service DOWN within the health timeout, not after minutes. */
class KafkaHealthIndicatorTest {

    @Test
    void unreachableBrokerIsDownWithinTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort), Duration.ofMillis(800));
        try {
            long started = System.nanoTime();
            Health health = indicator.health();
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(tookMillis).as("time to answer DOWN").isLessThan(5_000);
        } finally {
            indicator.destroy();
        }
    }
}
