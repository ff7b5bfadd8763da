package io.newsflow.ingest.extract;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.Locale;

/**
 * Registrable domains ("eTLD+1") by the public-suffix list that crawler-commons ships: {@code www.bbc.co.uk}
 * and {@code news.bbc.co.uk} share {@code bbc.co.uk}; {@code a.github.io} and {@code b.github.io} do not
 * (private suffixes count). A host without a known suffix (an IP address, {@code localhost}) is its own
 * domain.
 */
final class RegistrableDomains {

    private RegistrableDomains() {
    }

    static boolean same(String hostA, String hostB) {
        if (hostA == null || hostB == null) {
            return false;
        }
        return of(hostA).equals(of(hostB));
    }

    static String of(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.contains(":") || lower.matches("[0-9.]+")) {
            return lower;   // an IP address is a domain of its own
        }
        String domain = EffectiveTldFinder.getAssignedDomain(lower, true, false);
        return domain == null ? lower : domain;
    }
}
