package io.newsflow.publish.feed;

import java.time.Instant;
import java.util.List;
import org.bson.Document;

/**
 * One feed document to write: what it is about, where it lives, and its articles (stored documents,
 * newest first).
 *
 * @param id      stable identifier of the feed (Atom id, JSON Feed feed_url)
 * @param selfUrl the URL of this feed document
 * @param homeUrl the editor page
 * @param updated the latest write among the articles (or null for an empty feed)
 */
record Feed(String id, String title, String description, String selfUrl, String homeUrl, Instant updated,
            List<Document> articles) {
}
