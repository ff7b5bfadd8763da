package io.newsflow.enrich.tagging;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import io.newsflow.enricher.Entity;
import io.newsflow.enricher.Keyword;
import io.newsflow.enricher.Related;
import io.newsflow.enricher.Topic;
import java.util.ArrayList;
import java.util.List;

/** Turns the engine's enrichment into the published contract form. */
final class EnrichmentMapper {

    private EnrichmentMapper() {
    }

    static Enrichment toContract(io.newsflow.enricher.Enrichment result, ArticleExtracted article,
                                 double minRelatedScore) {
        List<Tag> tags = new ArrayList<>();
        result.entities().forEach(entity -> tags.add(entityTag(entity)));
        result.keywords().forEach(keyword -> tags.add(keywordTag(keyword)));
        result.topics().forEach(topic -> tags.add(topicTag(topic)));
        List<RelatedArticle> related = result.related().stream()
                .filter(r -> r.score() >= minRelatedScore && !r.id().equals(article.articleId()))
                .map(EnrichmentMapper::related)
                .toList();
        String ownUrl = article.canonicalUrl() != null ? article.canonicalUrl() : article.url();
        return new Enrichment(result.language(), tags, related,
                ArticleLinkFilter.articleLinks(article.content() == null ? null : article.content().links(), ownUrl));
    }

    private static Tag entityTag(Entity entity) {
        return new Tag(entity.name(), TagType.valueOf(entity.type().name()), entity.score(), entity.mentions(),
                entity.wikidataId(), null);
    }

    private static Tag keywordTag(Keyword keyword) {
        return new Tag(keyword.text(), TagType.KEYWORD, keyword.score(), 0, null, null);
    }

    private static Tag topicTag(Topic topic) {
        return new Tag(topic.label(), TagType.TOPIC, topic.score(), 0, null, topic.code());
    }

    private static RelatedArticle related(Related related) {
        return new RelatedArticle(related.id(), related.url(), related.title(), related.score());
    }
}
