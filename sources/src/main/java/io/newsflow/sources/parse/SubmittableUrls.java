package io.newsflow.sources.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule every URL handed to a {@code SubmissionSink} or subscribed must pass, the same as the editor
 * API's: absolute http or https, with a host, at most {@value #MAX_LENGTH} characters.
 */
public final class SubmittableUrls {

    /** The editor API's bound; longer URLs are almost always tracking junk. */
    public static final int MAX_LENGTH = 2048;

    private SubmittableUrls() {
    }

    /** Why {@code url} cannot be submitted, or null when it can. */
    public static String problemOf(String url) {
        if (url == null || url.isBlank()) {
            return "empty URL";
        }
        if (url.length() > MAX_LENGTH) {
            return "URL longer than " + MAX_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a URL: " + e.getReason();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "URL without a host";
        }
        return null;
    }

    public static boolean isSubmittable(String url) {
        return problemOf(url) == null;
    }
}
