package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(List.of());

    /** Hosts as they appear in a URL; every one of them must be refused before any connection. */
    @ParameterizedTest(name = "{0} is refused ({1})")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1                  | loopback",
            "127.255.255.254            | loopback",
            "0x7f.1                     | non-canonical",
            "0x7f000001                 | non-canonical",
            "2130706433                 | non-canonical",
            "0177.0.0.1                 | non-canonical",
            "017700000001               | non-canonical",
            "127.1                      | non-canonical",
            "127.0.1                    | non-canonical",
            "10.0.0.1.                  | private",
            "[::1]                      | loopback",
            "[::ffff:127.0.0.1]         | loopback",
            "[::ffff:7f00:1]            | loopback",
            "[0:0:0:0:0:ffff:127.0.0.1] | loopback",
            "[::127.0.0.1]              | loopback (embedded in IPv6)",
            "[::ffff:10.0.0.1]          | private",
            "[64:ff9b::a9fe:a9fe]       | link-local (cloud metadata lives here) (embedded in IPv6)",
            "[2002:7f00:1::1]           | loopback (embedded in 6to4)",
            "10.0.0.1                   | private (RFC 1918)",
            "10.255.255.255             | private (RFC 1918)",
            "172.16.0.1                 | private (RFC 1918)",
            "172.31.255.255             | private (RFC 1918)",
            "192.168.1.1                | private (RFC 1918)",
            "169.254.169.254            | link-local",
            "100.64.0.1                 | carrier-grade NAT",
            "100.127.255.255            | carrier-grade NAT",
            "[fc00::1]                  | unique local",
            "[fd12:3456:789a::1]        | unique local",
            "[fe80::1]                  | link-local",
            "[febf::1]                  | link-local",
            "224.0.0.1                  | multicast",
            "239.255.255.250            | multicast",
            "[ff02::1]                  | multicast",
            "0.0.0.0                    | unspecified",
            "[::]                       | unspecified",
            "255.255.255.255            | reserved or broadcast",
            "198.18.0.1                 | benchmarking"})
    void refusesInternalAddressesInEverySpelling(String host, String reason) {
        assertThat(strict.refuseHost(host, 80)).get().asString().contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1", "11.0.0.1",
            "[2606:4700::1111]", "news.example"})
    void letsPublicAddressesAndNamesThroughOnWebPorts(String host) {
        assertThat(strict.refuseHost(host, 443)).isEmpty();
        assertThat(strict.refuseHost(host, 80)).isEmpty();
    }

    @Test
    void refusesAResolvedInternalAddressWhateverTheName() throws Exception {
        assertThat(strict.refuse("innocent.example", InetAddress.getByName("10.1.2.3"), 443))
                .contains("host innocent.example (10.1.2.3) is private (RFC 1918)");
    }

    @Test
    void refusesPublicAddressesOnOtherPorts() throws Exception {
        assertThat(strict.refuse("news.example", InetAddress.getByName("93.184.216.34"), 8080))
                .contains("port 8080 of news.example is not allowed (only 80 and 443)");
        assertThat(strict.refuseHost("93.184.216.34", 22)).get().asString().contains("port 22");
    }

    @Test
    void anAllowedBlockAdmitsItsAddressesOnAnyPort() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("127.0.0.1/32", "10.0.0.0/8"));
        assertThat(policy.refuseHost("127.0.0.1", 54321)).isEmpty();
        assertThat(policy.refuse("pages.test", InetAddress.getByName("10.9.8.7"), 8080)).isEmpty();
        assertThat(policy.refuse("pages.test", InetAddress.getByName("127.0.0.2"), 80)).isPresent();
        assertThat(policy.refuse("pages.test", InetAddress.getByName("192.168.0.1"), 80)).isPresent();
    }

    @Test
    void anAllowedHostNameAdmitsOnlyThatName() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("LocalHost"));
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThat(policy.refuse("localhost", loopback, 8081)).isEmpty();
        assertThat(policy.refuse("localhost.", loopback, 8081)).isEmpty();
        assertThat(policy.refuse("evil.example", loopback, 80)).isPresent();
    }

    @Test
    void anIpv6BlockCanBeAllowed() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("::1/128"));
        assertThat(policy.refuseHost("[::1]", 8080)).isEmpty();
        assertThat(policy.refuseHost("127.0.0.1", 8080)).isPresent();
    }

    @Test
    void aMalformedAllowEntryFailsAtStartUp() {
        assertThatThrownBy(() -> new AddressPolicy(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressPolicy(List.of("10.0.0.0/x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
