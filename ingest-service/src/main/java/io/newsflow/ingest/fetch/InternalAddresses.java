package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a fetch must never reach unless allow-listed: everything that is not a public unicast
 * address (IANA special-purpose registries). IPv6 forms that embed an IPv4 address (mapped, compatible,
 * NAT64, 6to4) are judged by the IPv4 address they carry.
 */
final class InternalAddresses {

    private record Range(Cidr block, String name) {
    }

    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0/8", "unspecified ('this network')"),
            range("10.0.0.0/8", "private (RFC 1918)"),
            range("100.64.0.0/10", "carrier-grade NAT (RFC 6598)"),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local (cloud metadata lives here)"),
            range("172.16.0.0/12", "private (RFC 1918)"),
            range("192.0.0.0/24", "IETF protocol assignments"),
            range("192.0.2.0/24", "documentation"),
            range("192.88.99.0/24", "6to4 relay anycast"),
            range("192.168.0.0/16", "private (RFC 1918)"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved or broadcast"));

    private static final List<Range> IPV6 = List.of(
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("100::/64", "discard-only"),
            range("2001::/32", "Teredo tunnel"),
            range("2001:db8::/32", "documentation"),
            range("fc00::/7", "unique local (private)"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local (deprecated)"),
            range("ff00::/8", "multicast"));

    /** Prefixes of IPv6 forms carrying an IPv4 address in their last 32 bits. */
    private static final List<Cidr> EMBEDDING_IPV4_AT_END = List.of(
            new Cidr(ipv4MappedPrefix(), 96),  // IPv4-mapped (Java would parse its text form as IPv4)
            Cidr.parse("::/96"),              // IPv4-compatible (deprecated)
            Cidr.parse("64:ff9b::/96"),       // NAT64 well-known prefix
            Cidr.parse("64:ff9b:1::/48"));    // NAT64 local-use
    /** 6to4 carries the IPv4 address in bits 16-47. */
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private InternalAddresses() {
    }

    private static byte[] ipv4MappedPrefix() {
        byte[] prefix = new byte[16];
        prefix[10] = (byte) 0xFF;
        prefix[11] = (byte) 0xFF;
        return prefix;
    }

    /** Why {@code address} is internal (e.g. "loopback"), or empty for a public unicast address. */
    static Optional<String> classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return find(IPV4, bytes);
        }
        for (Cidr embedding : EMBEDDING_IPV4_AT_END) {
            if (embedding.contains(bytes) && !isAllZeroOrLoopback(bytes)) {
                return classify(Cidr.toAddress(Arrays.copyOfRange(bytes, 12, 16)))
                        .map(reason -> reason + " (embedded in IPv6)");
            }
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            Optional<String> embedded = classify(Cidr.toAddress(Arrays.copyOfRange(bytes, 2, 6)));
            if (embedded.isPresent()) {
                return embedded.map(reason -> reason + " (embedded in 6to4)");
            }
        }
        return find(IPV6, bytes);
    }

    /** {@code ::} and {@code ::1} fall inside {@code ::/96} but are IPv6 addresses of their own. */
    private static boolean isAllZeroOrLoopback(byte[] bytes) {
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 0 || bytes[15] == 1;
    }

    private static Optional<String> find(List<Range> ranges, byte[] bytes) {
        return ranges.stream().filter(range -> range.block().contains(bytes)).map(Range::name).findFirst();
    }

    private static Range range(String cidr, String name) {
        return new Range(Cidr.parse(cidr), name);
    }
}
