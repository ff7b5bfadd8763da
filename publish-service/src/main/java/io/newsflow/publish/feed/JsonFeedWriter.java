package io.newsflow.publish.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a map, serialised by the web layer's JSON codec. */
final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {
    }

    static Map<String, Object> write(Feed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", feed.homeUrl());
        json.put("feed_url", feed.selfUrl());
        json.put("description", feed.description());
        json.put("authors", List.of(Map.of("name", RomeFeedWriter.FEED_AUTHOR)));
        List<Map<String, Object>> items = new ArrayList<>();
        for (var document : feed.articles()) {
            items.add(item(new FeedEntries(document)));
        }
        json.put("items", items);
        return json;
    }

    private static Map<String, Object> item(FeedEntries article) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", article.id());
        item.put("url", article.url());
        item.put("title", article.title());
        item.put("content_text", article.body() != null ? article.body() : article.summary());
        item.put("summary", article.summary());
        if (article.image() != null) {
            item.put("image", article.image());
        }
        if (article.published() != null) {
            item.put("date_published", article.published().toInstant().toString());
        }
        if (article.updated() != null) {
            item.put("date_modified", article.updated().toInstant().toString());
        }
        if (article.author() != null) {
            item.put("authors", List.of(Map.of("name", article.author())));
        }
        if (!article.tags().isEmpty()) {
            item.put("tags", article.tags());
        }
        if (article.language() != null) {
            item.put("language", article.language());
        }
        return item;
    }
}
