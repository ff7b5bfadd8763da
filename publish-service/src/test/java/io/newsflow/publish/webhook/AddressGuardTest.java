package io.newsflow.publish.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(List.of());

    @Test
    void internalAddressesAreRefusedWithTheirReason() throws Exception {
        assertThat(refusal("127.0.0.1", 80)).contains("loopback");
        assertThat(refusal("10.1.2.3", 80)).contains("private");
        assertThat(refusal("192.168.1.1", 443)).contains("private");
        assertThat(refusal("172.20.0.1", 80)).contains("private");
        assertThat(refusal("169.254.169.254", 80)).contains("link-local");
        assertThat(refusal("100.64.0.1", 80)).contains("carrier-grade NAT");
        assertThat(refusal("224.0.0.1", 80)).contains("multicast");
        assertThat(refusal("0.0.0.0", 80)).contains("unspecified");
        assertThat(refusal("::1", 80)).contains("loopback");
        assertThat(refusal("fd00::1", 80)).contains("unique local");
        assertThat(refusal("fe80::1", 80)).contains("link-local");
        assertThat(refusal("::ffff:127.0.0.1", 80)).contains("loopback");
    }

    @Test
    void publicAddressesOnWebPortsAreAllowedOtherPortsNot() throws Exception {
        assertThat(refusal("93.184.216.34", 443)).isNull();
        assertThat(refusal("2606:2800:220:1:248:1893:25c8:1946", 80)).isNull();
        assertThat(refusal("93.184.216.34", 6379)).contains("port 6379");
    }

    @Test
    void allowListLiftsTheRulesForAHostOrABlock() throws Exception {
        AddressGuard allowing = new AddressGuard(List.of("127.0.0.1", "10.0.0.0/8", "hooks.internal"));
        assertThat(allowing.refusal("127.0.0.1", InetAddress.getByName("127.0.0.1"), 8080)).isEmpty();
        assertThat(allowing.refusal("x", InetAddress.getByName("10.9.9.9"), 80)).isEmpty();
        assertThat(allowing.refusal("hooks.internal", InetAddress.getByName("192.168.0.5"), 9000)).isEmpty();
        assertThat(allowing.refusal("x", InetAddress.getByName("192.168.0.5"), 80)).isPresent();
    }

    @Test
    void unknownHostIsRefused() {
        assertThat(guard.check("no-such-host.invalid", 80).refusal()).contains("does not resolve");
    }

    private String refusal(String ip, int port) throws Exception {
        return guard.refusal(ip, InetAddress.getByName(ip), port).orElse(null);
    }
}
