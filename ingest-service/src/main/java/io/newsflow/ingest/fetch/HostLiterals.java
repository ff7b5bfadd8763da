package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises IP addresses written as URL hosts, without DNS. Only the canonical spellings count as
 * addresses: dotted-decimal IPv4 without leading zeros and bracketed IPv6. Anything else that a browser
 * or libc would still read as a number ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1},
 * {@code 127.1}) is ambiguous: Java, curl and browsers disagree on what it means, which is how address
 * checks get bypassed, so such hosts are refused outright.
 */
final class HostLiterals {

    /** Dotted-decimal IPv4, four octets 0-255, no leading zeros (which some parsers read as octal). */
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** A label a WHATWG URL parser treats as a number: decimal, octal (leading 0) or hex (0x). */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)(?:0x[0-9a-f]*|\\d+)");
    /** Characters of an IPv6 literal (hex digits, colons, dots of an embedded IPv4, zone not allowed). */
    private static final Pattern IPV6_CHARS = Pattern.compile("(?i)[0-9a-f:.]+");

    private HostLiterals() {
    }

    /** The address of a canonical IP literal ({@code 10.0.0.1}, {@code ::1}, {@code [::1]}), else empty. */
    static Optional<InetAddress> parseIpLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
                : host.endsWith(".") ? host.substring(0, host.length() - 1) : host;   // "10.0.0.1." is 10.0.0.1
        if (CANONICAL_IPV4.matcher(bare).matches() || (bare.indexOf(':') >= 0 && IPV6_CHARS.matcher(bare).matches())) {
            try {
                return Optional.of(InetAddress.getByName(bare));   // a literal: parsed, never looked up
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * True for hosts that are numbers but not canonical addresses: the last label is numeric (so a URL
     * parser treats the whole host as IPv4) yet the host is not dotted-decimal.
     */
    static boolean isAmbiguousNumericHost(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.startsWith("[") || CANONICAL_IPV4.matcher(name).matches()) {
            return false;
        }
        String lastLabel = name.substring(name.lastIndexOf('.') + 1);
        return !lastLabel.isEmpty() && NUMERIC_LABEL.matcher(lastLabel).matches();
    }
}
