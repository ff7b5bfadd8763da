package io.newsflow.sources.parse;

import java.net.URI;

/** Resolves an entry's link against the document's URL; a link that is not a URI is kept as written. */
final class EntryLinks {

    private EntryLinks() {
    }

    static String resolve(URI base, String link) {
        String trimmed = link.strip();
        if (base == null) {
            return trimmed;
        }
        try {
            return base.resolve(trimmed).toString();
        } catch (IllegalArgumentException e) {
            return trimmed;   // reported as an invalid entry by whoever submits it
        }
    }
}
