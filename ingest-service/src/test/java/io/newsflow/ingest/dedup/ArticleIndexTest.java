package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.Revision;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {

    private static final String BODY = ("The council met on Monday and agreed the budget for the harbour, the schools "
            + "and the new bridge over the river after a long debate about the cost of energy. ").repeat(4);

    private final ArticleIndex index = new ArticleIndex();

    @Test
    void aNewArticleIsClaimedOnceThenTheSameContentIsUnchanged() {
        assertThat(index.claim(article("a", "s1", "h1", BODY))).isInstanceOf(ArticleIndex.New.class);
        assertThat(index.claim(article("a", "s2", "h1", BODY))).isEqualTo(new ArticleIndex.Unchanged("a"));
        assertThat(index.claim(article("a", "s3", "h2", BODY + " An update."))).isInstanceOf(ArticleIndex.New.class);
    }

    @Test
    void theRetryOfTheSameSubmissionIsNewAgain() {
        index.claim(article("a", "s1", "h1", BODY));
        assertThat(index.claim(article("a", "s1", "h1", BODY))).isInstanceOf(ArticleIndex.New.class);
    }

    @Test
    void theSameBodyUnderAnotherIdIsANearDuplicateOfTheFirst() {
        index.claim(article("original", "s1", "h1", BODY));

        ArticleIndex.Claim claim = index.claim(article("copy", "s2", "h9", BODY + " Republished with permission."));

        assertThat(claim).isInstanceOf(ArticleIndex.NearDuplicate.class);
        assertThat(((ArticleIndex.NearDuplicate) claim).originalId()).isEqualTo("original");
    }

    @Test
    void articlesReadFromTheTopicCountToo() {
        index.apply(article("original", "s1", "h1", BODY));
        assertThat(index.claim(article("original", "s2", "h1", BODY))).isEqualTo(new ArticleIndex.Unchanged("original"));
        assertThat(index.canonicalUrl("original")).contains("https://news.example/original");
    }

    /** Figure, not a timed assertion: what one near-duplicate search costs on a large index. */
    @Test
    void nearDuplicateScanFigureOnAHundredThousandArticles() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            index.remember("a" + i, "s" + i, random.nextLong());   // unrelated fingerprints: ~32 bits from anything
        }
        ArticleExtracted probe = article("probe", "p", "hp", BODY);
        index.claim(probe);   // warm-up
        long started = System.nanoTime();
        int rounds = 200;
        for (int i = 0; i < rounds; i++) {
            index.claim(article("probe", "p" + i, "hp" + i, BODY));
        }
        System.out.printf("near-duplicate search over %d articles: %.2f ms per claim%n", index.articleCount(),
                (System.nanoTime() - started) / 1e6 / rounds);
        assertThat(index.articleCount()).isEqualTo(100_001);
    }

    private static ArticleExtracted article(String id, String submissionId, String hash, String body) {
        return new ArticleExtracted(id, submissionId, "https://news.example/" + id, "https://news.example/" + id,
                new Revision(hash, Instant.parse("2026-01-01T00:00:00Z")),
                new ArticleContent("Title", body, null, null, null, "en", null, null, null, List.of(), List.of(), List.of()),
                "editor");
    }
}
