package io.newsflow.publish;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import java.time.Instant;
import java.util.List;

/**
 * Three enriched articles that differ in every filter the API has: tags, entities (with Wikidata ids),
 * topics (with IPTC codes), site, language, provenance, and words for the search.
 */
final class ApiFixtures {

    static final Instant FETCHED = Instant.parse("2024-03-01T10:00:00Z");

    /** English, news.example, editor; "Brussels" in its title. */
    static final ArticleEnriched SUMMIT = article("https://news.example/2024/03/01/nato-summit", "editor",
            "NATO ministers meet in Brussels", "en", "News Example",
            "Foreign ministers of NATO met in Brussels on Friday.\nJens Stoltenberg spoke about Ukraine and military aid.",
            List.of(new Tag("NATO", TagType.ORGANIZATION, 0.9, 3, "Q7184", null),
                    new Tag("Jens Stoltenberg", TagType.PERSON, 0.7, 2, "Q57278", null),
                    new Tag("Ukraine", TagType.PLACE, 0.4, 1, "Q212", null),
                    new Tag("military aid", TagType.KEYWORD, 0.5, 1, null, null),
                    new Tag("defence", TagType.TOPIC, 0.6, 0, null, "medtop:20000065")));

    /** French, www.other.example, a feed subscription; accents in the words. */
    static final ArticleEnriched CLIMATE = article("https://www.other.example/fr/2024/climat", "feed:0123abcd",
            "Sommet sur le climat à Paris", "fr", "Other",
            "Les émissions de carbone sont au cœur du sommet de Paris.",
            List.of(new Tag("Paris", TagType.PLACE, 0.8, 2, "Q90", null),
                    new Tag("émissions", TagType.KEYWORD, 0.6, 1, null, null),
                    new Tag("climate change", TagType.TOPIC, 0.7, 0, null, "medtop:20000418")));

    /** English, news.example, editor; "military aid" in its title, "Brussels" only in its text. */
    static final ArticleEnriched AID = article("https://news.example/2024/03/02/ukraine-aid", "editor",
            "Ukraine receives new military aid", "en-GB", "News Example",
            "The aid package was agreed in Brussels.\nUkraine thanked NATO allies.",
            List.of(new Tag("Ukraine", TagType.PLACE, 0.9, 2, "Q212", null),
                    new Tag("NATO", TagType.ORGANIZATION, 0.5, 1, "Q7184", null),
                    new Tag("military aid", TagType.KEYWORD, 0.8, 2, null, null),
                    new Tag("defence", TagType.TOPIC, 0.5, 0, null, "medtop:20000065")));

    static final List<ArticleEnriched> ALL = List.of(SUMMIT, CLIMATE, AID);

    private ApiFixtures() {
    }

    static ArticleEnriched article(String url, String source, String title, String language, String site, String body,
                                   List<Tag> tags) {
        String id = ArticleIds.of(url);
        return new ArticleEnriched(id, "sub-" + id.substring(0, 8), url, url, new Revision("hash-" + id, FETCHED),
                new ArticleContent(title, body, "Jane Doe", "2024-03-01T09:00:00Z", null, language, site,
                        null, "https://news.example/img.jpg", List.of(), List.of(), List.of()),
                new Enrichment(language, tags, List.of(), List.of()), source);
    }

    static RelatedArticle related(String url, double score) {
        return new RelatedArticle(ArticleIds.of(url), url, "Related " + url, score);
    }
}
