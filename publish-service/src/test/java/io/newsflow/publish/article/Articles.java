package io.newsflow.publish.article;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.Link;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import java.time.Instant;
import java.util.List;

/** Enriched articles for tests: realistic shape, varied by URL, revision and title. */
public final class Articles {

    public static final Instant FETCHED = Instant.parse("2024-03-01T10:15:30.123456Z");

    private Articles() {
    }

    public static ArticleEnriched article(String url, String submissionId, String contentHash, Instant fetchedAt,
                                          String title) {
        return new ArticleEnriched(ArticleIds.of(url), submissionId, url, url, new Revision(contentHash, fetchedAt),
                new ArticleContent(title, "NATO foreign ministers met in Brussels.\nThey discussed Ukraine.",
                        "Jane Doe", "2023-11-30T09:00:00Z", null, "en", "News Example", "Ministers meet",
                        "https://news.example/img.jpg", List.of("World"), List.of("nato"),
                        List.of(new Link("https://news.example/earlier", "earlier"))),
                new Enrichment("en",
                        List.of(new Tag("NATO", TagType.ORGANIZATION, 0.9, 3, "Q7184", null),
                                new Tag("Jens Stoltenberg", TagType.PERSON, 0.7, 2, "Q57278", null),
                                new Tag("Ukraine", TagType.PLACE, 0.6, 1, "Q212", null),
                                new Tag("defence", TagType.TOPIC, 0.4, 0, null, "medtop:20000065")),
                        List.of(new RelatedArticle("0123456789abcdef0123456789abcdef", "https://news.example/earlier",
                                "Earlier story", 0.42)),
                        List.of(new Link("https://news.example/earlier", "earlier"))));
    }

    public static ArticleEnriched article(String url, String submissionId) {
        return article(url, submissionId, "hash-1", FETCHED, "NATO ministers meet in Brussels");
    }
}
