package io.newsflow.enrich.corpus;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.Link;
import io.newsflow.enricher.Document;
import java.util.List;
import java.util.Objects;

/** Turns an extracted-article event into the enricher's document. */
public final class CorpusDocuments {

    private CorpusDocuments() {
    }

    public static Document of(ArticleExtracted article) {
        ArticleContent content = article.content();
        String url = article.canonicalUrl() != null ? article.canonicalUrl() : article.url();
        if (content == null) {
            return new Document(article.articleId(), url, "", "", null, List.of());
        }
        List<String> links = content.links() == null ? List.of()
                : content.links().stream().map(Link::url).filter(Objects::nonNull).toList();
        return new Document(article.articleId(), url, Objects.requireNonNullElse(content.title(), ""),
                Objects.requireNonNullElse(content.body(), ""), content.language(), links);
    }
}
