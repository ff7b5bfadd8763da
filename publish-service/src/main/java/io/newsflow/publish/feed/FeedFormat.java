package io.newsflow.publish.feed;

import org.springframework.http.MediaType;

/** The three feed formats, by file extension in the URL. */
enum FeedFormat {
    ATOM("atom", "atom_1.0", MediaType.parseMediaType("application/atom+xml;charset=UTF-8")),
    RSS("rss", "rss_2.0", MediaType.parseMediaType("application/rss+xml;charset=UTF-8")),
    JSON("json", null, MediaType.parseMediaType("application/feed+json;charset=UTF-8"));

    private final String extension;
    /** Rome's feed type, null for JSON Feed (written by {@link JsonFeedWriter}). */
    private final String romeType;
    private final MediaType mediaType;

    FeedFormat(String extension, String romeType, MediaType mediaType) {
        this.extension = extension;
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    static FeedFormat of(String extension) {
        for (FeedFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown feed format " + extension);
    }

    String extension() {
        return extension;
    }

    String romeType() {
        return romeType;
    }

    MediaType mediaType() {
        return mediaType;
    }
}
