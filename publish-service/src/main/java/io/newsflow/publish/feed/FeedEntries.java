package io.newsflow.publish.feed;

import java.util.Date;
import java.util.List;
import org.bson.Document;

/** What a feed entry shows of a stored article, the same in every format. */
final class FeedEntries {

    /** Longest summary in a feed entry; the full text is one click away. */
    static final int MAX_SUMMARY_CHARS = 600;

    private final Document article;

    FeedEntries(Document article) {
        this.article = article;
    }

    /** A stable, globally unique entry id (an Atom id must be an IRI). */
    String id() {
        return "urn:newsflow:article:" + article.getString("_id");
    }

    String articleId() {
        return article.getString("_id");
    }

    String title() {
        String title = article.getString("title");
        return title != null && !title.isBlank() ? title : url();
    }

    String url() {
        return article.getString("canonicalUrl") != null ? article.getString("canonicalUrl") : article.getString("url");
    }

    String author() {
        return article.getString("author");
    }

    String image() {
        return article.getString("image");
    }

    String language() {
        return article.getString("language");
    }

    String body() {
        return article.getString("body");
    }

    /** The page's description, else the start of the text. */
    String summary() {
        String description = article.getString("description");
        String text = description != null && !description.isBlank() ? description : article.getString("body");
        if (text == null) {
            return title();
        }
        return text.length() <= MAX_SUMMARY_CHARS ? text : text.substring(0, MAX_SUMMARY_CHARS).strip() + "…";
    }

    Date published() {
        return article.getDate("firstSeen");
    }

    Date updated() {
        return article.getDate("updatedAt");
    }

    List<String> tags() {
        return article.get("tags") instanceof List<?> tags ? tags.stream().filter(Document.class::isInstance)
                .map(tag -> ((Document) tag).getString("name")).filter(name -> name != null).distinct().toList()
                : List.of();
    }
}
