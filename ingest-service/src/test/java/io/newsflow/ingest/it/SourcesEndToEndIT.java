package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.support.Articles;
import io.newsflow.ingest.support.IngestItSupport;
import io.newsflow.ingest.support.SimHost;
import io.newsflow.ingest.support.TopicReader;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Feeds and sitemaps through the whole service: subscribed over {@code /api/sources}, polled, every entry
 * submitted through the intake with {@code source = feed:<id>}, fetched politely and extracted (the source
 * travels to the article), and a second poll submits nothing new. List uploads and the token on every
 * sources endpoint too.
 */
class SourcesEndToEndIT extends IngestItSupport {

    private static final int FEED_ITEMS = 100;
    private static final int PER_CHILD = 10;

    @Test
    void aFeedOfHundredItemsIsIngestedFullyAndTheSecondPollSubmitsNothing() throws IOException {
        try (SimHost news = new SimHost("127.0.0.51"); TopicReader statuses = statuses();
             TopicReader submissions = reader(Topics.SUBMISSIONS); TopicReader articles = reader(Topics.ARTICLES_EXTRACTED)) {
            servePages(news, "/a/", 61_000);
            String feed = rss(IntStream.rangeClosed(1, FEED_ITEMS)
                    .mapToObj(i -> news.url("/a/" + i + "?utm_source=rss").toString()).toList());
            news.on("/feed.xml", exchange -> {
                if ("\"feed-1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().set("ETag", "\"feed-1\"");
                SimHost.send(exchange, 200, "application/rss+xml; charset=utf-8", feed);
            });

            String id = subscribe(news.url("/feed.xml").toString());
            Map<String, Object> first = poll(id);
            assertThat(first).containsEntry("outcome", "200, 100 new").containsEntry("submitted", FEED_ITEMS);

            ingestedFully(statuses, submissions, articles, "feed:" + id, FEED_ITEMS);
            assertThat(news.pageHits().stream().filter(hit -> hit.path().startsWith("/a/")).count()).isEqualTo(FEED_ITEMS);

            Map<String, Object> second = poll(id);
            assertThat(second).containsEntry("outcome", "304").containsEntry("submitted", 0);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(news.hits().stream()
                    .filter(hit -> hit.path().equals("/feed.xml")))
                    .extracting(SimHost.Hit::ifNoneMatch).containsExactly(null, "\"feed-1\""));
            assertThat(submitted(submissions, "feed:" + id)).hasSize(FEED_ITEMS);
        }
    }

    @Test
    void aSitemapIndexWithTwoChildrenIsIngestedFullyAndOnlyOnce() throws IOException {
        try (SimHost site = new SimHost("127.0.0.52"); TopicReader statuses = statuses();
             TopicReader submissions = reader(Topics.SUBMISSIONS); TopicReader articles = reader(Topics.ARTICLES_EXTRACTED)) {
            servePages(site, "/p/", 62_000);
            for (int child = 1; child <= 2; child++) {
                int c = child;
                String urlset = IntStream.rangeClosed(1, PER_CHILD)
                        .mapToObj(i -> "<url><loc>" + site.url("/p/" + (c * 100 + i)) + "</loc><lastmod>2026-11-0" + c
                                + "</lastmod></url>").collect(Collectors.joining("",
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                                "</urlset>"));
                site.on("/sitemap-" + child + ".xml", exchange -> SimHost.send(exchange, 200, "application/xml", urlset));
            }
            site.on("/sitemap-index.xml", exchange -> SimHost.send(exchange, 200, "application/xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<sitemap><loc>" + site.url("/sitemap-1.xml") + "</loc></sitemap>"
                            + "<sitemap><loc>" + site.url("/sitemap-2.xml") + "</loc></sitemap></sitemapindex>"));

            String id = subscribe(site.url("/sitemap-index.xml").toString());
            assertThat(poll(id)).containsEntry("outcome", "200, 20 new").containsEntry("submitted", 2 * PER_CHILD);

            ingestedFully(statuses, submissions, articles, "feed:" + id, 2 * PER_CHILD);

            assertThat(poll(id)).containsEntry("outcome", "200, 0 new").containsEntry("submitted", 0);
            assertThat(submitted(submissions, "feed:" + id)).hasSize(2 * PER_CHILD);
        }
    }

    @Test
    void aTextListUploadIsSubmittedAsUploadAndEverySourcesEndpointNeedsTheToken() throws IOException {
        client.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\":\"https://news.example/rss.xml\"}").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/sources").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/submissions/upload").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("https://news.example/a\n").exchange().expectStatus().isUnauthorized();

        try (SimHost site = new SimHost("127.0.0.53"); TopicReader statuses = statuses();
             TopicReader submissions = reader(Topics.SUBMISSIONS); TopicReader articles = reader(Topics.ARTICLES_EXTRACTED)) {
            servePages(site, "/u/", 63_000);
            client.post().uri("/api/submissions/upload").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                    .contentType(MediaType.TEXT_PLAIN)
                    .bodyValue("# two stories\n" + site.url("/u/1") + "\n\n" + site.url("/u/2") + "\nnot a url\n")
                    .exchange().expectStatus().isAccepted()
                    .expectBody().jsonPath("$.submitted.length()").isEqualTo(2).jsonPath("$.errors[0].line").isEqualTo(5);

            ingestedFully(statuses, submissions, articles, "upload", 2);
        }
    }

    /** Every submission of {@code source} ends EXTRACTED and its article carries the source. */
    private void ingestedFully(TopicReader statuses, TopicReader submissions, TopicReader articles, String source,
                               int expected) {
        await().atMost(PATIENCE).until(() -> submitted(submissions, source).size() >= expected);
        Set<String> ids = submitted(submissions, source).stream().map(SubmissionRequested::submissionId)
                .collect(Collectors.toSet());
        assertThat(ids).hasSize(expected);
        Map<String, SubmissionStatusChanged> finals = awaitFinal(statuses, ids, Duration.ofSeconds(90));
        assertThat(finals.values()).extracting(SubmissionStatusChanged::state).containsOnly(SubmissionState.EXTRACTED);
        await().atMost(PATIENCE).until(() -> articles.read(ArticleExtracted.class).stream()
                .filter(article -> ids.contains(article.submissionId())).count() == expected);
        assertThat(articles.read(ArticleExtracted.class).stream().filter(article -> ids.contains(article.submissionId())))
                .extracting(ArticleExtracted::source).containsOnly(source);
    }

    private static List<SubmissionRequested> submitted(TopicReader submissions, String source) {
        return submissions.read(SubmissionRequested.class).stream().filter(s -> source.equals(s.source())).toList();
    }

    @SuppressWarnings("unchecked")
    private String subscribe(String url) {
        Map<String, Object> view = client.post().uri("/api/sources").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"url\":\"" + url + "\"}").exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) view.get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> poll(String id) {
        return client.post().uri("/api/sources/" + id + "/poll").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static void servePages(SimHost host, String prefix, long seedBase) {
        host.on(prefix + "*", exchange -> {
            long n = Long.parseLong(exchange.getRequestURI().getPath().substring(prefix.length()));
            SimHost.html(Articles.page(seedBase + n)).handle(exchange);
        });
    }

    private static String rss(List<String> links) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < links.size(); i++) {
            items.append("<item><title>Item ").append(i + 1).append("</title><link>")
                    .append(links.get(i).replace("&", "&amp;")).append("</link><guid>").append(links.get(i).replace("&", "&amp;"))
                    .append("</guid></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test news</title>"
                + "<link>http://news.example/</link><description>test</description>" + items + "</channel></rss>";
    }
}
