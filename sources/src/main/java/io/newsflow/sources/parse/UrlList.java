package io.newsflow.sources.parse;

import java.util.List;

/**
 * A plain-text list of URLs as read.
 *
 * @param urls   the valid URLs in order, duplicates removed
 * @param errors the lines that were not submittable URLs, with their 1-based line number
 */
public record UrlList(List<String> urls, List<LineError> errors) {

    public UrlList {
        urls = List.copyOf(urls);
        errors = List.copyOf(errors);
    }

    /** A rejected line: its number (1-based), and why. */
    public record LineError(int line, String message) {
    }
}
