package io.newsflow.publish.article;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;

/**
 * Stored article documents for the load bench: the real document shape ({@link ArticleDocuments}),
 * with tags, entities, topics, sites, languages and words drawn from fixed vocabularies (seeded, so
 * every run loads the same store).
 */
public final class BenchArticles {

    public static final int TAGS = 300;
    public static final int ENTITIES = 200;
    public static final int TOPICS = 20;
    public static final int SITES = 25;
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    static final int WORDS = 5_000;

    private BenchArticles() {
    }

    /** Article {@code i} of a store: firstSeen one second after article {@code i - 1}. */
    public static Document document(int i, Random random) {
        String url = "https://site" + (i % SITES) + ".example/story/" + i;
        List<Tag> tags = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            int entity = skewed(random, ENTITIES);
            tags.add(new Tag("Entity " + entity, TagType.values()[entity % 5], random.nextDouble(), 1 + random.nextInt(4),
                    "Q" + (1000 + entity), null));
        }
        for (int k = 0; k < 4; k++) {
            tags.add(new Tag("keyword " + skewed(random, TAGS), TagType.KEYWORD, random.nextDouble(), 1, null, null));
        }
        int topic = skewed(random, TOPICS);
        tags.add(new Tag("topic " + topic, TagType.TOPIC, random.nextDouble(), 0, null, "medtop:" + (20000000 + topic)));
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 250; w++) {
            body.append("word").append(skewed(random, WORDS)).append(w % 20 == 19 ? ".\n" : " ");
        }
        Instant fetched = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i);
        ArticleEnriched article = new ArticleEnriched(ArticleIds.of(url), "bench-" + i, url, url,
                new Revision("hash-" + i, fetched),
                new ArticleContent("Story " + i + " about word" + skewed(random, WORDS) + " and word"
                        + skewed(random, WORDS), body.toString(), "Author " + (i % 97), null, null,
                        LANGUAGES.get(i % LANGUAGES.size()), "Site " + (i % SITES), null, null, List.of(), List.of(),
                        List.of()),
                new Enrichment(LANGUAGES.get(i % LANGUAGES.size()), tags, List.of(), List.of()), "editor");
        return ArticleDocuments.toDocument(article, fetched, fetched, SubmissionState.PUBLISHED);
    }

    /** Popular values are drawn more often, as real tags are (roughly Zipf-like). */
    static int skewed(Random random, int n) {
        return (int) Math.floor(Math.pow(random.nextDouble(), 2) * n);
    }
}
