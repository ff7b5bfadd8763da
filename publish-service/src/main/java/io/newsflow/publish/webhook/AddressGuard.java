package io.newsflow.publish.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The same SSRF rules as ingest-service's fetcher, for webhook targets: the host is resolved once, and
 * the address connected to is that one; it is refused when it is not a public unicast address
 * (loopback, private, link-local, carrier-grade NAT, multicast, documentation, reserved, unspecified,
 * unique-local, IPv4 embedded in IPv6...) or when the port is not 80/443, unless the allow list
 * ({@code newsflow.publish.webhooks.allow}) names the host or a CIDR block holding the address.
 */
final class AddressGuard {

    private static final Set<Integer> WEB_PORTS = Set.of(80, 443);
    private static final List<String[]> INTERNAL_BLOCKS = List.of(
            new String[] {"0.0.0.0/8", "unspecified"}, new String[] {"10.0.0.0/8", "private"},
            new String[] {"100.64.0.0/10", "carrier-grade NAT"}, new String[] {"127.0.0.0/8", "loopback"},
            new String[] {"169.254.0.0/16", "link-local"}, new String[] {"172.16.0.0/12", "private"},
            new String[] {"192.0.0.0/24", "IETF protocol assignments"}, new String[] {"192.0.2.0/24", "documentation"},
            new String[] {"192.88.99.0/24", "6to4 relay"}, new String[] {"192.168.0.0/16", "private"},
            new String[] {"198.18.0.0/15", "benchmarking"}, new String[] {"198.51.100.0/24", "documentation"},
            new String[] {"203.0.113.0/24", "documentation"}, new String[] {"224.0.0.0/4", "multicast"},
            new String[] {"240.0.0.0/4", "reserved or broadcast"}, new String[] {"::/128", "unspecified"},
            new String[] {"::1/128", "loopback"}, new String[] {"::/96", "IPv4-compatible"},
            new String[] {"64:ff9b::/96", "NAT64"}, new String[] {"100::/64", "discard-only"},
            new String[] {"2001::/32", "Teredo"}, new String[] {"2001:db8::/32", "documentation"},
            new String[] {"2002::/16", "6to4"}, new String[] {"fc00::/7", "unique local"},
            new String[] {"fe80::/10", "link-local"}, new String[] {"fec0::/10", "site-local"},
            new String[] {"ff00::/8", "multicast"});

    private record Block(byte[] network, int prefix, String name) {

        static Block parse(String cidr, String name) {
            int slash = cidr.indexOf('/');
            byte[] address = literal(cidr.substring(0, slash < 0 ? cidr.length() : slash)).getAddress();
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            return new Block(address, prefix, name);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Where to connect, or why not. */
    record Decision(InetAddress address, String refusal) {
    }

    private final List<Block> internal = new ArrayList<>();
    private final Set<String> allowedHosts = new HashSet<>();
    private final List<Block> allowedBlocks = new ArrayList<>();

    AddressGuard(List<String> allow) {
        INTERNAL_BLOCKS.forEach(block -> internal.add(Block.parse(block[0], block[1])));
        for (String entry : allow) {
            if (entry.contains("/") || isIpLiteral(entry)) {
                allowedBlocks.add(Block.parse(entry, "allowed"));
            } else {
                allowedHosts.add(entry.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Resolves {@code host} once and judges the first address (the one the delivery will use). */
    Decision check(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getAllByName(host)[0];
        } catch (UnknownHostException e) {
            return new Decision(null, "host " + host + " does not resolve");
        }
        return new Decision(address, refusal(host, address, port).orElse(null));
    }

    Optional<String> refusal(String host, InetAddress address, int port) {
        byte[] bytes = address.getAddress();
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT)) || allowedBlocks.stream().anyMatch(b -> b.contains(bytes))) {
            return Optional.empty();
        }
        Optional<String> reason = internal.stream().filter(block -> block.contains(bytes)).map(Block::name).findFirst();
        if (reason.isEmpty() && address instanceof Inet6Address && bytes[0] == 0 && bytes[10] == (byte) 0xFF
                && bytes[11] == (byte) 0xFF) {
            reason = Optional.of("IPv4-mapped");
        }
        if (reason.isPresent()) {
            return Optional.of("address " + address.getHostAddress() + " of " + host + " is " + reason.get());
        }
        if (!WEB_PORTS.contains(port)) {
            return Optional.of("port " + port + " is not allowed (only 80 and 443)");
        }
        return Optional.empty();
    }

    private static boolean isIpLiteral(String text) {
        return text.contains(":") || text.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** Parses an IP literal only: never a DNS lookup. */
    private static InetAddress literal(String text) {
        if (!isIpLiteral(text)) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            return address instanceof Inet4Address || address instanceof Inet6Address ? address : null;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }
}
