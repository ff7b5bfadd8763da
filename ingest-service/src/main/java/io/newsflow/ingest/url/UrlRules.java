package io.newsflow.ingest.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the service accepts at all: absolute http(s) URLs with a host, at most
 * {@value #MAX_LENGTH} characters. Applied to editors' submissions, to records read from the topic and
 * to every redirect target.
 */
public final class UrlRules {

    /** Longest URL accepted; the de-facto limit of browsers and CDNs, and a bound on event sizes. */
    public static final int MAX_LENGTH = 2048;

    private UrlRules() {
    }

    /** Why {@code url} is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("must not be empty");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.of("must use http or https");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("has no host");
        }
        return Optional.empty();
    }

    /** The parsed URL; call only after {@link #problemWith} found nothing. */
    public static URI parse(String url) {
        return URI.create(url.trim());
    }
}
