package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.ingest.support.Articles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.IntSummaryStatistics;
import org.junit.jupiter.api.Test;

/** The figures behind {@link SimHash#NEAR_DUPLICATE_DISTANCE}, measured on extracted bodies. */
class SimHashTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void aSyndicatedCopyWithOtherBoilerplateIsWithinTheThreshold() {
        List<Integer> distances = new ArrayList<>();
        for (long seed = 1; seed <= 50; seed++) {
            long original = fingerprint(Articles.page(seed));
            long copy = fingerprint(Articles.page(seed, "https://elsewhere.example/original",
                    "<p>This story first appeared in The Test Gazette and is republished with permission.</p>"));
            distances.add(SimHash.distance(original, copy));
        }
        IntSummaryStatistics stats = distances.stream().mapToInt(Integer::intValue).summaryStatistics();
        System.out.printf("copy with a credit line: SimHash distance min %d, mean %.1f, max %d of 64 bits%n",
                stats.getMin(), stats.getAverage(), stats.getMax());
        assertThat(stats.getMax()).isLessThanOrEqualTo(SimHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void unrelatedArticlesAreFarApart() {
        List<Long> fingerprints = new ArrayList<>();
        for (long seed = 100; seed < 160; seed++) {
            fingerprints.add(fingerprint(Articles.page(seed)));
        }
        int min = Integer.MAX_VALUE;
        long sum = 0;
        int pairs = 0;
        for (int i = 0; i < fingerprints.size(); i++) {
            for (int j = i + 1; j < fingerprints.size(); j++) {
                int distance = SimHash.distance(fingerprints.get(i), fingerprints.get(j));
                min = Math.min(min, distance);
                sum += distance;
                pairs++;
            }
        }
        System.out.printf("unrelated articles (%d pairs, same vocabulary of 100 words): min %d, mean %.1f bits%n",
                pairs, min, (double) sum / pairs);
        assertThat(min).isGreaterThan(SimHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void shortTextsAreNotFingerprinted() {
        assertThat(SimHash.of("Only a few words here, not an article.")).isEmpty();
        assertThat(SimHash.of(null)).isEmpty();
        assertThat(SimHash.words("Hello, World! Ünïcode-words 42")).containsExactly("hello", "world", "ünïcode", "words", "42");
    }

    private long fingerprint(String html) {
        String body = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://news.example/a",
                "text/html; charset=utf-8").articleBody();
        return SimHash.of(body).orElseThrow();
    }
}
