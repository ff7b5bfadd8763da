package io.newsflow.sources.parse;

import java.util.List;

/**
 * What an OPML file asks for.
 *
 * @param title     the head's title, null when absent
 * @param feeds     outlines with an {@code xmlUrl}: sources to subscribe
 * @param links     outlines of {@code type="link"} with a {@code url}: pages to submit
 * @param truncated true when there were more outlines than the entry limit
 */
public record OpmlDocument(String title, List<Feed> feeds, List<String> links, boolean truncated) {

    public OpmlDocument {
        feeds = List.copyOf(feeds);
        links = List.copyOf(links);
    }

    /**
     * A subscription outline.
     *
     * @param xmlUrl the feed's URL
     * @param title  its {@code title} (or {@code text}) attribute
     * @param type   its {@code type} attribute ({@code rss}, {@code atom}…), null when absent
     */
    public record Feed(String xmlUrl, String title, String type) {
    }
}
