package io.newsflow.sources.poll;

import io.newsflow.contracts.ArticleIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The key under which an entry is remembered in a subscription's {@code seenEntries}: a short hash of
 * its normalised URL, so the same article under a tracking parameter, another scheme-case or a fragment
 * is not submitted again. Normalisation: lower-case scheme and host, default port removed, fragment
 * removed, tracking parameters removed, remaining query parameters sorted, empty path = "/".
 */
public final class EntryKeys {

    /**
     * 16 hex digits = 64 bits: with 5,000 remembered entries the chance that a new entry collides with one
     * of them is about 5,000 / 2^64, i.e. never; shorter keys keep the subscription record small.
     */
    static final int KEY_HEX_DIGITS = 16;
    /** Parameters that identify a campaign or a click, never the page. */
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|yclid|ref_src");

    private EntryKeys() {
    }

    public static String of(String url) {
        return ArticleIds.of(normalise(url)).substring(0, KEY_HEX_DIGITS);
    }

    /** The normalised form of {@code url} (see the class comment); a string that is not a URL comes back stripped. */
    public static String normalise(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return url.strip();
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return url.strip();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = sortedQueryWithoutTracking(uri.getRawQuery());
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
    }

    private static String sortedQueryWithoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .filter(parameter -> !TRACKING.matcher(parameter.split("=", 2)[0]).matches())
                .sorted()
                .collect(Collectors.joining("&"));
    }
}
