package io.newsflow.extractor.cli;

import io.newsflow.extractor.ArticleLink;
import io.newsflow.extractor.ExtractedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON written per page, with the field names of the extraction issue, in a stable order. */
final class ArticleJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ArticleJson() {
    }

    static byte[] write(String id, String url, ExtractedArticle a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        if (url != null) {
            out.put("url", url);
        }
        out.put("articleBody", a.articleBody());
        out.put("title", a.title());
        out.put("author", a.author());
        out.put("date", a.date());
        out.put("dateModified", a.dateModified());
        out.put("language", a.language());
        out.put("siteName", a.siteName());
        out.put("canonicalUrl", a.canonicalUrl());
        out.put("description", a.description());
        out.put("image", a.image());
        out.put("categories", a.categories());
        out.put("tags", a.tags());
        List<Map<String, String>> links = new ArrayList<>();
        for (ArticleLink l : a.links()) {
            Map<String, String> link = new LinkedHashMap<>();
            link.put("url", l.url());
            link.put("text", l.text());
            links.add(link);
        }
        out.put("links", links);
        out.put("sources", a.sources());
        out.put("emptyReason", a.emptyReason());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out);
    }
}
