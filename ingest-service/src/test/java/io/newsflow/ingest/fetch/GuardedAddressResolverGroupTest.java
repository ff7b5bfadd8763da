package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardedAddressResolverGroupTest {

    private static final Map<String, List<String>> ZONE = Map.of(
            "metadata.test", List.of("169.254.169.254"),
            "mixed.test", List.of("10.0.0.7", "93.184.216.34"),
            "public.test", List.of("93.184.216.34"),
            "mapped.test", List.of("::ffff:127.0.0.1"));

    private final GuardedAddressResolverGroup resolver = new GuardedAddressResolverGroup(new AddressPolicy(List.of()),
            GuardedAddressResolverGroupTest::lookUp);

    @Test
    void anAddressThatArrivesResolvedIsCheckedToo() {
        assertThatThrownBy(() -> resolver.resolveChecked(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80)))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("loopback");
    }

    @Test
    void literalsAreJudgedWithoutDns() {
        assertThatThrownBy(() -> resolver.resolveChecked(InetSocketAddress.createUnresolved("[::1]", 80)))
                .isInstanceOf(BlockedAddressException.class);
        assertThatThrownBy(() -> resolver.resolveChecked(InetSocketAddress.createUnresolved("0x7f.1", 80)))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("non-canonical");
    }

    @Test
    void aNameAnsweredWithAnInternalAddressIsRefused() {
        assertThatThrownBy(() -> resolver.resolveChecked(InetSocketAddress.createUnresolved("metadata.test", 80)))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessage("host metadata.test (169.254.169.254) is link-local (cloud metadata lives here)");
        assertThatThrownBy(() -> resolver.resolveChecked(InetSocketAddress.createUnresolved("mapped.test", 443)))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("loopback");
    }

    @Test
    void onlyThePermittedAddressesOfAnAnswerAreHandedToTheConnection() throws Exception {
        assertThat(resolver.resolveChecked(InetSocketAddress.createUnresolved("mixed.test", 443)))
                .containsExactly(new InetSocketAddress(InetAddress.getByName("93.184.216.34"), 443));
    }

    @Test
    void anUnknownNameStaysAnUnknownHost() {
        assertThatThrownBy(() -> resolver.resolveChecked(InetSocketAddress.createUnresolved("nowhere.test", 80)))
                .isInstanceOf(UnknownHostException.class);
    }

    private static List<InetAddress> lookUp(String host) throws UnknownHostException {
        List<String> addresses = ZONE.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address));   // literals: parsed, not looked up
        }
        return resolved;
    }
}
