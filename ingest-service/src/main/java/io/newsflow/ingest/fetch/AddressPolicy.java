package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether the fetcher may connect to an address: public unicast addresses on ports 80/443,
 * plus whatever the allow-list names (a host name, or a CIDR block the address falls in; either also
 * lifts the port restriction). Everything internal is refused, see {@link InternalAddresses}.
 */
final class AddressPolicy {

    /** The web's ports; anything else on a public host is more likely a probe of a service than a page. */
    private static final Set<Integer> WEB_PORTS = Set.of(80, 443);

    private final Set<String> allowedHosts = new HashSet<>();
    private final List<Cidr> allowedBlocks = new ArrayList<>();

    /**
     * @param allow host names and CIDR blocks exempt from the policy
     * @throws IllegalArgumentException for an entry that looks like an address but is not a valid block
     */
    AddressPolicy(List<String> allow) {
        for (String entry : allow) {
            if (Cidr.looksLikeCidr(entry)) {
                allowedBlocks.add(Cidr.parse(entry));
            } else {
                allowedHosts.add(bareHost(entry));
            }
        }
    }

    /**
     * Checks what can be checked without DNS: numeric hosts that are not canonical addresses are
     * refused, IP literals are judged at once. Returns why the host is refused, else empty.
     */
    Optional<String> refuseHost(String host, int port) {
        if (isAllowedHost(host)) {
            return Optional.empty();
        }
        if (HostLiterals.isAmbiguousNumericHost(host)) {
            return Optional.of("host '" + host + "' is a numeric address in a non-canonical form");
        }
        return HostLiterals.parseIpLiteral(host).flatMap(address -> refuse(host, address, port));
    }

    /** Why connecting to {@code address} (resolved from {@code host}) on {@code port} is refused, else empty. */
    Optional<String> refuse(String host, InetAddress address, int port) {
        if (isAllowedHost(host) || allowedBlocks.stream().anyMatch(block -> block.contains(address))) {
            return Optional.empty();
        }
        Optional<String> internal = InternalAddresses.classify(address);
        if (internal.isPresent()) {
            return Optional.of(describe(host, address) + " is " + internal.get());
        }
        if (!WEB_PORTS.contains(port)) {
            return Optional.of("port " + port + " of " + host + " is not allowed (only 80 and 443)");
        }
        return Optional.empty();
    }

    boolean isAllowedHost(String host) {
        return host != null && allowedHosts.contains(bareHost(host));
    }

    private static String describe(String host, InetAddress address) {
        String ip = address.getHostAddress();
        return host == null || host.equals(ip) || bareHost(host).equals(ip) ? "address " + ip
                : "host " + host + " (" + ip + ")";
    }

    private static String bareHost(String host) {
        String lower = host.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
