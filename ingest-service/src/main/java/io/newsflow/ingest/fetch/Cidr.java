package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IPv4 or IPv6 addresses, {@code 10.0.0.0/8} or {@code fc00::/7}. */
record Cidr(byte[] network, int prefixLength) {

    /** Bits before the IPv4 part of an IPv4-mapped IPv6 address ({@code ::ffff:0:0/96}). */
    private static final int IPV4_MAPPED_PREFIX_BITS = 96;

    /**
     * Parses {@code address/prefix} or a lone address (a block of one). Only IP literals are accepted, so
     * parsing never looks anything up in DNS.
     *
     * @throws IllegalArgumentException when it is not a CIDR block
     */
    static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = HostLiterals.parseIpLiteral(address)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + text))
                .getAddress();
        int prefix = slash < 0 ? bytes.length * 8 : parsePrefix(trimmed.substring(slash + 1), text);
        if (bytes.length == 4 && address.indexOf(':') >= 0 && slash >= 0) {
            prefix -= IPV4_MAPPED_PREFIX_BITS;   // ::ffff:a.b.c.d/n: Java hands back the IPv4 address
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        return new Cidr(bytes, prefix);
    }

    private static int parsePrefix(String prefix, String text) {
        try {
            return Integer.parseInt(prefix);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR block: " + text, e);
        }
    }

    static boolean looksLikeCidr(String text) {
        return text.indexOf('/') >= 0 || HostLiterals.parseIpLiteral(text).isPresent();
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    static InetAddress toAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address length " + bytes.length, e);
        }
    }
}
