package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.support.Articles;
import io.newsflow.ingest.support.IngestItSupport;
import io.newsflow.ingest.support.SimHost;
import io.newsflow.ingest.support.TopicReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * One story under five URL variants and two syndicated copies on other hosts gives one article; the
 * others end DUPLICATE with {@code duplicateOf} naming it. The raw page of the revision is kept and a
 * replay re-extracts it without fetching.
 */
class DedupAndReplayIT extends IngestItSupport {

    private static final long STORY = 777;

    @Test
    void fiveUrlVariantsAndTwoSyndicatedCopiesGiveOneArticle() throws IOException {
        try (SimHost origin = new SimHost("127.0.0.41"); SimHost partner = new SimHost("127.0.0.42");
             SimHost wire = new SimHost("127.0.0.43");
             TopicReader statuses = statuses(); TopicReader articles = reader(Topics.ARTICLES_EXTRACTED)) {
            String canonical = origin.url("/story").toString();
            String page = Articles.page(STORY, canonical, "");
            origin.on("/story", exchange -> {
                if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                SimHost.html(page).handle(exchange);
            });
            origin.on("/print/story", SimHost.html(page));   // no validators, same article (canonical /story)
            partner.on("/syndicated/copy", SimHost.html(Articles.page(STORY, canonical,
                    "<p>This story first appeared in The Test Gazette and is republished with permission.</p>")));
            wire.on("/wire/copy", SimHost.html(Articles.page(STORY, null,
                    "<p>Distributed by the Wire Service. All rights reserved.</p>")));

            String originalId = submit(List.of(canonical)).get(canonical);
            SubmissionStatusChanged first = awaitFinal(statuses, List.of(originalId), PATIENCE).get(originalId);
            assertThat(first.state()).isEqualTo(SubmissionState.EXTRACTED);
            String articleId = ArticleIds.of(canonical);
            assertThat(first.articleId()).isEqualTo(articleId);

            Map<String, String> expectedReason = new LinkedHashMap<>();
            expectedReason.put(origin.url("/story?utm_source=newsletter&utm_medium=email").toString(), ReasonCodes.NOT_MODIFIED);
            expectedReason.put(origin.url("/story#comments").toString(), ReasonCodes.NOT_MODIFIED);
            expectedReason.put(origin.url("/story?fbclid=abc123&gclid=xyz").toString(), ReasonCodes.NOT_MODIFIED);
            expectedReason.put(origin.url("/print/story").toString(), ReasonCodes.UNCHANGED);
            expectedReason.put(partner.url("/syndicated/copy").toString(), ReasonCodes.NEAR_DUPLICATE);
            expectedReason.put(wire.url("/wire/copy").toString(), ReasonCodes.NEAR_DUPLICATE);
            Map<String, String> ids = submit(expectedReason.keySet());
            Map<String, SubmissionStatusChanged> finals = awaitFinal(statuses, ids.values(), PATIENCE);

            ids.forEach((url, id) -> {
                SubmissionStatusChanged last = finals.get(id);
                assertThat(last.state()).as(url).isEqualTo(SubmissionState.DUPLICATE);
                assertThat(last.reasonCode()).as(url + ": " + last.message()).isEqualTo(expectedReason.get(url));
                assertThat(last.duplicateOf()).as(url).isEqualTo(articleId);
            });
            // the conditional re-fetches sent the ETag; the page was served in full only once at /story
            assertThat(origin.pageHits().stream().filter(hit -> hit.path().startsWith("/story")))
                    .extracting(SimHost.Hit::ifNoneMatch).containsExactly(null, "\"v1\"", "\"v1\"", "\"v1\"");
            // every submission is final, so no more articles come; the reader may still be catching up
            // with the article topic (the status that announced it travels on another topic)
            await().atMost(PATIENCE).untilAsserted(() -> {
                List<ArticleExtracted> published = articles.read(ArticleExtracted.class).stream()
                        .filter(article -> List.of(origin, partner, wire).stream()
                                .anyMatch(host -> article.url().contains("//" + host.hostKey() + "/"))).toList();
                assertThat(published).singleElement().satisfies(article -> {
                    assertThat(article.articleId()).isEqualTo(articleId);
                    assertThat(article.submissionId()).isEqualTo(originalId);
                });
            });
        }
    }

    @Test
    void theRawPageIsKeptAndAReplayReExtractsItWithoutFetching() throws IOException {
        try (SimHost site = new SimHost("127.0.0.44");
             TopicReader statuses = statuses(); TopicReader articles = reader(Topics.ARTICLES_EXTRACTED);
             TopicReader raw = reader(Topics.PAGES_RAW)) {
            String html = Articles.page(4242);
            site.on("/kept", exchange -> {
                exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Sep 2026 10:00:00 GMT");
                SimHost.html(html).handle(exchange);
            });
            String url = site.url("/kept").toString();
            String submissionId = submit(List.of(url)).get(url);
            assertThat(awaitFinal(statuses, List.of(submissionId), PATIENCE).get(submissionId).state())
                    .isEqualTo(SubmissionState.EXTRACTED);
            String articleId = ArticleIds.of(url);

            await().atMost(PATIENCE).until(() -> raw.read(RawPageFetched.class).stream()
                    .anyMatch(page -> articleId.equals(page.articleId())));
            RawPageFetched kept = raw.read(RawPageFetched.class).stream()
                    .filter(page -> articleId.equals(page.articleId())).findFirst().orElseThrow();
            assertThat(gunzip(kept.gzippedBody())).isEqualTo(html);
            assertThat(kept.originalBytes()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
            assertThat(kept.gzippedBody().length).isLessThan(html.length());
            assertThat(kept.lastModified()).isEqualTo("Tue, 01 Sep 2026 10:00:00 GMT");
            assertThat(kept.source()).isEqualTo("editor");
            int hitsBefore = site.hits().size();

            client.post().uri("/api/replay?articleId=" + articleId).exchange().expectStatus().isUnauthorized();
            client.post().uri("/api/replay").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN).exchange()
                    .expectStatus().isBadRequest();
            client.post().uri("/api/replay?articleId=" + articleId).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                    .exchange().expectStatus().isAccepted()
                    .expectBody().jsonPath("$.pages").isEqualTo(1).jsonPath("$.replayed").isEqualTo(1);
            client.post().uri("/api/replay").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"site\":\"127.0.0.44\"}")
                    .exchange().expectStatus().isAccepted()
                    .expectBody().jsonPath("$.pages").isEqualTo(1).jsonPath("$.replayed").isEqualTo(1);

            await().atMost(PATIENCE).until(() -> articles.read(ArticleExtracted.class).stream()
                    .filter(article -> articleId.equals(article.articleId())).count() == 3);
            List<ArticleExtracted> revisions = articles.read(ArticleExtracted.class).stream()
                    .filter(article -> articleId.equals(article.articleId())).toList();
            assertThat(revisions.get(0).revision().extractedAt()).isNull();
            assertThat(revisions.get(1).revision().extractedAt()).isNotNull();
            assertThat(revisions.get(1).revision().isNewerThan(revisions.get(0).revision())).isTrue();
            assertThat(revisions.get(1).revision().contentHash()).isEqualTo(revisions.get(0).revision().contentHash());
            assertThat(revisions.get(1).canonicalUrl()).isEqualTo(revisions.get(0).canonicalUrl());
            assertThat(revisions.get(1).source()).isEqualTo("editor");
            assertThat(site.hits()).hasSize(hitsBefore);   // nothing fetched again
        }
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
