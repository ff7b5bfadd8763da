package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleRelatedLinked;
import io.newsflow.contracts.SourceKind;
import io.newsflow.contracts.SourceSubscription;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.publish.article.StreamPosition;
import io.newsflow.publish.webhook.WebhookSignature;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint and filter of the API, through HTTP, on a running service fed through Kafka. Run on
 * the embedded MongoDB-compatible server ({@link ArticleApiIT}) and on real MongoDB where Docker
 * exists ({@link ArticleApiContainersIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=publish-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.kafka.retry-attempts=1",
        "newsflow.kafka.retry-initial-interval=50ms",
        "newsflow.publish.heartbeat-interval=1s",
        "newsflow.editor.tokens=editor-token",
        "newsflow.publish.webhooks.allow=127.0.0.1",
        "newsflow.publish.webhooks.max-attempts=2",
        "newsflow.publish.webhooks.initial-backoff=50ms",
        "server.shutdown=immediate"})
@EmbeddedKafka(partitions = 1)
@AutoConfigureWebTestClient(timeout = "30s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArticleApiScenarios {

    static final Duration PIPELINE = Duration.ofSeconds(30);
    /** Requests in the kept-alive test: before the fix about 1 in 40 such requests went unanswered. */
    private static final int KEEP_ALIVE_REQUESTS = 600;
    private static final long KEEP_ALIVE_SEED = 11;
    /** Each answer is milliseconds away; a request left unread waits for the client to give up. */
    private static final Duration KEEP_ALIVE_ANSWER = Duration.ofSeconds(5);
    static final String TOKEN = "Bearer editor-token";
    private static final Set<String> FIXTURES = ApiFixtures.ALL.stream().map(ArticleEnriched::articleId)
            .collect(Collectors.toSet());
    private static final String SUMMIT = ApiFixtures.SUMMIT.articleId();
    private static final String CLIMATE = ApiFixtures.CLIMATE.articleId();
    private static final String AID = ApiFixtures.AID.articleId();

    @Autowired
    WebTestClient http;
    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    KafkaTemplate<String, byte[]> template;
    @Autowired
    JsonMapper json;
    private WebhookReceiver receiver;

    @BeforeAll
    void storeFixturesOneAfterTheOther() throws Exception {
        receiver = WebhookReceiver.start();
        for (ArticleEnriched article : ApiFixtures.ALL) {
            publisher.publish(Topics.ARTICLES_ENRICHED, article).get();
            await().atMost(PIPELINE).until(() -> http.get().uri("/api/articles/{id}", article.articleId()).exchange()
                    .expectBody().returnResult().getStatus().value() == 200);   // body read: the connection is freed
            Thread.sleep(5);   // distinct firstSeen milliseconds: the order of the fixtures is the order stored
        }
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    // --- listing and filters -------------------------------------------------------------------

    @Test
    void listingIsNewestFirst() {
        assertThat(fixtureIds("/api/articles")).containsExactly(AID, CLIMATE, SUMMIT);
    }

    @Test
    void tagFilterIgnoresCase() {
        assertThat(fixtureIds("/api/articles?tag=nato")).containsExactly(AID, SUMMIT);
        assertThat(fixtureIds("/api/articles?tag=Military Aid")).containsExactly(AID, SUMMIT);
    }

    @Test
    void entityFilterTakesANameOrAWikidataId() {
        assertThat(fixtureIds("/api/articles?entity=Q212")).containsExactly(AID, SUMMIT);
        assertThat(fixtureIds("/api/articles?entity=q7184")).containsExactly(AID, SUMMIT);
        assertThat(fixtureIds("/api/articles?entity=jens stoltenberg")).containsExactly(SUMMIT);
        assertThat(fixtureIds("/api/articles?entity=military aid")).as("a keyword is not an entity").isEmpty();
    }

    @Test
    void topicFilterTakesANameOrAnIptcCode() {
        assertThat(fixtureIds("/api/articles?topic=Defence")).containsExactly(AID, SUMMIT);
        assertThat(fixtureIds("/api/articles?topic=medtop:20000418")).containsExactly(CLIMATE);
    }

    @Test
    void siteFilterTakesAHostWithoutWwwOrTheSiteName() {
        assertThat(fixtureIds("/api/articles?site=news.example")).containsExactly(AID, SUMMIT);
        assertThat(fixtureIds("/api/articles?site=www.other.example")).containsExactly(CLIMATE);
        assertThat(fixtureIds("/api/articles?site=other")).containsExactly(CLIMATE);
    }

    @Test
    void languageFilterComparesThePrimarySubtag() {
        assertThat(fixtureIds("/api/articles?language=fr")).containsExactly(CLIMATE);
        assertThat(fixtureIds("/api/articles?language=en-US")).containsExactly(AID, SUMMIT);
    }

    @Test
    void searchMatchesAllWordsAndRanksTitleMatchesFirst() {
        assertThat(fixtureIds("/api/articles?q=Brussels")).containsExactly(SUMMIT, AID);
        assertThat(fixtureIds("/api/articles?q=military aid")).containsExactly(AID, SUMMIT);
        assertThat(fixtureIds("/api/articles?q=emissions carbone")).containsExactly(CLIMATE);
        assertThat(fixtureIds("/api/articles?q=climat à Paris")).containsExactly(CLIMATE);
        assertThat(fixtureIds("/api/articles?q=Brussels climat")).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(fixtureIds("/api/articles?tag=nato&q=brussels&language=en&site=news.example&topic=defence"))
                .containsExactly(SUMMIT, AID);
    }

    @Test
    void sinceIsInclusiveAndUntilExclusiveOnFirstSeen() {
        String climateSeen = (String) article(CLIMATE).get("firstSeen");
        assertThat(fixtureIds("/api/articles?since=" + climateSeen)).containsExactly(AID, CLIMATE);
        assertThat(fixtureIds("/api/articles?until=" + climateSeen)).containsExactly(SUMMIT);
        assertThat(fixtureIds("/api/articles?since=2000-01-01")).containsExactly(AID, CLIMATE, SUMMIT);
    }

    @Test
    void cursorWalksEveryPageOnceForListingAndSearch() {
        assertThat(walk("/api/articles?tag=nato&limit=1")).containsExactly(AID, SUMMIT);
        assertThat(walk("/api/articles?q=brussels&limit=1")).containsExactly(SUMMIT, AID);
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        problem("/api/articles?limit=0", 400, "limit");
        problem("/api/articles?limit=101", 400, "limit");
        problem("/api/articles?cursor=bm9jb2xvbg", 400, "cursor");
        problem("/api/articles?since=yesterday", 400, "since");
        problem("/api/articles?since=2024-03-02&until=2024-03-01", 400, "until");
        problem("/api/articles?language=english!", 400, "language");
        problem("/api/articles?q=!!!", 400, "q");
        problem("/api/articles?entity=" + "x".repeat(201), 400, "entity");
        problem("/api/tags?type=COLOUR", 400, "type");
    }

    @Test
    void controlAndInvalidCharactersAreProblemsInFeedsAndListings() {
        for (String value : List.of("\u0000", "a\u001Bb", "\uFFFF")) {
            for (String uri : List.of("/feeds/tags/{v}.atom", "/feeds/entities/{v}.rss", "/feeds/topics/{v}.json",
                    "/api/articles?tag={v}", "/feeds/articles.atom?q=nato{v}")) {
                http.get().uri(uri, value).exchange()
                        .expectStatus().isBadRequest()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
    }

    @Test
    void operatorsInParametersAreJustText() {
        assertThat(fixtureIds("/api/articles?tag={value}", "{\"$ne\":null}")).isEmpty();
        assertThat(fixtureIds("/api/articles?{name}=x", "tag[$ne]")).containsExactly(AID, CLIMATE, SUMMIT);
        assertThat(fixtureIds("/api/articles?entity={value}", "{\"$gt\":\"\"}")).isEmpty();
        assertThat(fixtureIds("/api/articles?q={value}", "$where")).isEmpty();
    }

    // --- one article -----------------------------------------------------------------------------

    @Test
    void articleShowsProvenanceAndRevision() {
        Map<String, Object> climate = article(CLIMATE);
        assertThat(climate).containsEntry("source", "feed:0123abcd").containsEntry("language", "fr");
        assertThat(article(SUMMIT)).containsEntry("source", "editor");
        assertThat(((Map<?, ?>) climate.get("revision")).get("contentHash")).isEqualTo("hash-" + CLIMATE);
        problem("/api/articles/0000", 404, null);
    }

    @Test
    void articleAsJsonLdIsASchemaOrgNewsArticle() {
        http.get().uri("/api/articles/{id}", SUMMIT).accept(MediaType.parseMediaType("application/ld+json")).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("application/ld+json")
                .expectBody()
                .jsonPath("$['@context']").isEqualTo("https://schema.org")
                .jsonPath("$['@type']").isEqualTo("NewsArticle")
                .jsonPath("$.headline").isEqualTo("NATO ministers meet in Brussels")
                .jsonPath("$.inLanguage").isEqualTo("en")
                .jsonPath("$.about[0].name").isEqualTo("NATO")
                .jsonPath("$.about[0].sameAs").isEqualTo("https://www.wikidata.org/wiki/Q7184")
                .jsonPath("$.mentions[0].name").isEqualTo("Ukraine")
                .jsonPath("$.keywords").isEqualTo("military aid, defence");
    }

    // --- tags and sources -------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void tagsAreCountedMostUsedFirst() {
        Map<String, Object> tags = get("/api/tags?type=place");
        List<Map<String, Object>> items = (List<Map<String, Object>>) tags.get("items");
        assertThat(items.get(0)).containsEntry("name", "Ukraine").containsEntry("articles", 2)
                .containsEntry("wikidataId", "Q212");
        assertThat(items).extracting(item -> item.get("name")).contains("Paris");
        assertThat(items).allSatisfy(item -> assertThat(item.get("type")).isEqualTo("PLACE"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sourcesListSubscriptionsFromTheTopicWithArticleCounts() throws Exception {
        SourceSubscription feed = new SourceSubscription("0123abcd", "https://www.other.example/feed.xml",
                SourceKind.FEED, "Other", 900, Instant.parse("2024-03-01T00:00:00Z"), null, null, 1, null, null,
                List.of());
        publisher.publish(Topics.SOURCES, feed).get();
        await().atMost(PIPELINE).untilAsserted(() -> {
            List<Map<String, Object>> items = (List<Map<String, Object>>) get("/api/sources").get("items");
            assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("source", "feed:0123abcd")
                    .containsEntry("url", "https://www.other.example/feed.xml").containsEntry("articles", 1));
            assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("source", "editor"));
        });
        template.send(new ProducerRecord<>(Topics.SOURCES, "0123abcd", null)).get();
        await().atMost(PIPELINE).untilAsserted(() -> assertThat((List<Map<String, Object>>) get("/api/sources")
                .get("items")).noneSatisfy(item -> assertThat(item.get("source")).isEqualTo("feed:0123abcd")));
    }

    // --- stream ------------------------------------------------------------------------------------

    @Test
    void streamResumesAfterLastEventIdWithFilters() {
        Map<String, Object> summit = article(SUMMIT);
        String position = new StreamPosition(Instant.parse((String) summit.get("updatedAt")), SUMMIT).encode();

        assertThat(resumed(position, "")).containsExactly(CLIMATE, AID);
        assertThat(resumed(position, "?tag=nato")).containsExactly(AID);
        http.get().uri("/api/articles/stream").header("Last-Event-ID", "garbage!").exchange()
                .expectStatus().isBadRequest();
    }

    private List<String> resumed(String lastEventId, String query) {
        Flux<ServerSentEvent<String>> events = http.get().uri("/api/articles/stream" + query)
                .header("Last-Event-ID", lastEventId).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody();
        // The replay is followed by live events and heartbeats: read until the first heartbeat.
        return events.takeUntil(event -> "heartbeat".equals(event.comment()))
                .filter(event -> "article".equals(event.event()))
                .map(event -> json.readTree(event.data()).get("id").asString())
                .filter(FIXTURES::contains)
                .collectList().block(PIPELINE);
    }

    // --- feeds --------------------------------------------------------------------------------------

    @Test
    void atomAndRssFeedsParseBackWithRome() throws Exception {
        for (String format : List.of("atom", "rss")) {
            SyndFeed feed = rome("/feeds/articles." + format);
            assertThat(feed.getFeedType()).isEqualTo(format.equals("atom") ? "atom_1.0" : "rss_2.0");
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains(
                    "NATO ministers meet in Brussels", "Sommet sur le climat à Paris");
            assertThat(rome("/feeds/tags/nato." + format).getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactly("Ukraine receives new military aid", "NATO ministers meet in Brussels");
            assertThat(rome("/feeds/entities/Q90." + format).getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactly("Sommet sur le climat à Paris");
            assertThat(rome("/feeds/topics/defence." + format).getEntries()).hasSize(2);
        }
        SyndEntry entry = rome("/feeds/entities/Q90.atom").getEntries().get(0);
        assertThat(entry.getUri()).isEqualTo("urn:newsflow:article:" + CLIMATE);
        assertThat(entry.getLink()).isEqualTo(ApiFixtures.CLIMATE.url());
    }

    @Test
    void jsonFeedIsValidAgainstTheJsonFeedSchema() throws Exception {
        Schema schema;
        try (var in = getClass().getResourceAsStream("/schemas/jsonfeed-1.1.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        for (String uri : List.of("/feeds/articles.json", "/feeds/tags/nato.json", "/feeds/topics/climate change.json")) {
            String body = http.get().uri(uri).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("application/feed+json")
                    .expectBody(String.class).returnResult().getResponseBody();
            JsonNode feed = json.readTree(body);
            List<Error> errors = schema.validate(feed);
            assertThat(errors).as(uri).isEmpty();
            assertThat(feed.get("items").size()).as(uri).isPositive();
        }
        JsonNode invalid = json.readTree("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{}]}");
        assertThat(schema.validate(invalid)).as("the schema does reject a feed without title or item id").isNotEmpty();
    }

    @Test
    void feedsAnswer304ToTheirETagAndLastModified() {
        var first = http.get().uri("/feeds/tags/nato.atom").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        String etag = first.getResponseHeaders().getETag();
        long lastModified = first.getResponseHeaders().getLastModified();
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isPositive();

        http.get().uri("/feeds/tags/nato.atom").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified().expectBody().isEmpty();
        http.get().uri("/feeds/tags/nato.atom").header(HttpHeaders.IF_MODIFIED_SINCE,
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(
                                Instant.ofEpochMilli(lastModified), java.time.ZoneOffset.UTC)))
                .exchange().expectStatus().isNotModified();
        http.get().uri("/feeds/tags/nato.atom").header(HttpHeaders.IF_NONE_MATCH, "\"other\"").exchange()
                .expectStatus().isOk();
        http.get().uri("/feeds/tags/nato.rss").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isOk();
    }

    // --- webhooks -------------------------------------------------------------------------------------

    @Test
    void webhookManagementNeedsTheEditorToken() {
        http.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", receiver.url())).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/webhooks").header(HttpHeaders.AUTHORIZATION, "Bearer wrong").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void webhookToAnInternalAddressIsRefused() {
        http.post().uri("/api/webhooks").header(HttpHeaders.AUTHORIZATION, TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "http://10.1.2.3/hook")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("url")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("private"));
        http.post().uri("/api/webhooks").header(HttpHeaders.AUTHORIZATION, TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "http://169.254.169.254/latest")).exchange()
                .expectStatus().isBadRequest();
        http.post().uri("/api/webhooks").header(HttpHeaders.AUTHORIZATION, TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "ftp://example.org/x")).exchange()
                .expectStatus().isBadRequest();
        http.post().uri("/api/webhooks").header(HttpHeaders.AUTHORIZATION, TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", receiver.url(), "filters", Map.of("colour", "red"))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("filters.colour");
    }

    @Test
    @SuppressWarnings("unchecked")
    void matchingArticleIsPostedSignedAndTheDeliveryIsListed() throws Exception {
        String secret = "a-secret-of-sixteen-plus";
        Map<String, Object> webhook = register(receiver.url(), secret, Map.of("tag", "webhook-test"));
        ArticleEnriched article = withTag(ApiFixtures.article("https://news.example/webhook-1", "editor",
                "Webhook article", "en", "News Example", "Text.", List.of()), "webhook-test");
        publisher.publish(Topics.ARTICLES_ENRICHED, article).get();

        WebhookReceiver.Request request = receiver.next(PIPELINE);
        assertThat(request.header(WebhookSignature.HEADER)).isEqualTo(WebhookSignature.sign(secret, request.body()));
        JsonNode payload = json.readTree(request.body());
        assertThat(payload.get("event").asString()).isEqualTo("article.published");
        assertThat(payload.get("article").get("id").asString()).isEqualTo(article.articleId());
        await().atMost(PIPELINE).untilAsserted(() -> {
            List<Map<String, Object>> deliveries = (List<Map<String, Object>>) getAuthorized(
                    "/api/webhooks/" + webhook.get("id") + "/deliveries").get("items");
            assertThat(deliveries).singleElement().satisfies(d -> assertThat(d)
                    .containsEntry("status", "DELIVERED").containsEntry("attempts", 1)
                    .containsEntry("lastStatusCode", 204).containsEntry("articleId", article.articleId()));
        });
        assertThat(receiver.pending()).as("articles the filter does not match are not sent").isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void failingSubscriberIsRetriedThenMarkedFailing() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.start(500)) {
            Map<String, Object> webhook = register(failing.url(), null, Map.of("tag", "webhook-failing"));
            assertThat((String) webhook.get("secret")).hasSize(64);
            publisher.publish(Topics.ARTICLES_ENRICHED, withTag(ApiFixtures.article("https://news.example/webhook-2",
                    "editor", "Failing webhook article", "en", "News Example", "Text.", List.of()),
                    "webhook-failing")).get();

            await().atMost(PIPELINE).untilAsserted(() -> {
                List<Map<String, Object>> deliveries = (List<Map<String, Object>>) getAuthorized(
                        "/api/webhooks/" + webhook.get("id") + "/deliveries").get("items");
                assertThat(deliveries).singleElement().satisfies(d -> assertThat(d)
                        .containsEntry("status", "FAILED").containsEntry("attempts", 2)
                        .containsEntry("lastStatusCode", 500));
                assertThat(getAuthorized("/api/webhooks/" + webhook.get("id"))).containsEntry("status", "FAILING");
            });
            assertThat(failing.pending()).isEqualTo(2);
        }
    }

    // --- related links -----------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void relatedLinksAreMergedIntoTheEarlierArticleEvenWhenTheyArriveFirst() throws Exception {
        ArticleEnriched later = ApiFixtures.article("https://news.example/related-later", "editor", "Later story",
                "en", "News Example", "Text.", List.of());
        publisher.publish(Topics.ARTICLES_RELATED, new ArticleRelatedLinked(SUMMIT,
                ApiFixtures.related("https://news.example/related-1", 0.31), Instant.now())).get();
        publisher.publish(Topics.ARTICLES_RELATED, new ArticleRelatedLinked(later.articleId(),
                ApiFixtures.related("https://news.example/related-2", 0.27), Instant.now())).get();

        await().atMost(PIPELINE).untilAsserted(() -> assertThat((List<Map<String, Object>>) article(SUMMIT)
                .get("related")).extracting(r -> r.get("url")).contains("https://news.example/related-1"));
        publisher.publish(Topics.ARTICLES_ENRICHED, later).get();
        await().atMost(PIPELINE).untilAsserted(() -> assertThat(http.get().uri("/api/articles/{id}", later.articleId())
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("related").toString()).contains("https://news.example/related-2"));
    }

    // --- connections ---------------------------------------------------------------------------------------

    /**
     * Many clients (feed readers, the editor page, Java's and Reactor's pooled clients) send their next
     * request on the same kept-alive connection the moment an answer arrives. Reactor Netty up to 1.3.7
     * could stop reading such a connection when the request came before the previous exchange had
     * finished on the server: the request then waited until the client gave up (reactor-netty PR 4347; the
     * root pom pins the fixed version). Listings, a missing article and feeds alternate here on one
     * connection; every answer must come at once.
     */
    @Test
    void everyRequestOnAKeptAliveConnectionIsAnswered() throws Exception {
        List<String> uris = List.of("/api/articles?tag=nato", "/api/articles/no-such-article",
                "/feeds/articles.atom?site=news.example", "/api/articles?limit=abc", "/api/articles?q=brussels");
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(KEEP_ALIVE_SEED);
        for (int i = 0; i < KEEP_ALIVE_REQUESTS; i++) {
            String uri = uris.get(random.nextInt(uris.size()));
            HttpRequest request = HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + port + uri))
                    .timeout(KEEP_ALIVE_ANSWER).build();
            assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("request %d, %s", i, uri).isIn(200, 400, 404);
        }
    }

    // --- documentation, metrics ----------------------------------------------------------------------------

    @Test
    void openApiDocumentDescribesTheApi() {
        http.get().uri("/api/docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(version -> assertThat((String) version).startsWith("3."))
                .jsonPath("$.paths['/api/articles'].get").exists()
                .jsonPath("$.paths['/api/articles/stream'].get").exists()
                .jsonPath("$.paths['/api/webhooks'].post").exists();
    }

    @Test
    void publishLatencyIsMeasured() {
        http.get().uri("/actuator/metrics/newsflow.publish.latency").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.measurements[0].value").value(count ->
                        assertThat(((Number) count).longValue()).isGreaterThanOrEqualTo(3));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Map<String, Object> register(String url, String secret, Map<String, String> filters) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "filters", filters));
        if (secret != null) {
            body.put("secret", secret);
        }
        return http.post().uri("/api/webhooks").header(HttpHeaders.AUTHORIZATION, TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private static ArticleEnriched withTag(ArticleEnriched article, String tag) {
        return new ArticleEnriched(article.articleId(), article.submissionId(), article.url(), article.canonicalUrl(),
                article.revision(), article.content(), new io.newsflow.contracts.Enrichment("en",
                List.of(new Tag(tag, TagType.KEYWORD, 0.5, 1, null, null)), List.of(), List.of()), article.source());
    }

    private SyndFeed rome(String uri) throws Exception {
        String body = http.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        return new SyndFeedInput().build(new StringReader(body));
    }

    @SuppressWarnings("unchecked")
    private List<String> fixtureIds(String uri, Object... variables) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) get(uri, variables).get("items");
        return items.stream().map(item -> (String) item.get("id")).filter(FIXTURES::contains).toList();
    }

    private List<String> walk(String uri) {
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = get(uri + (cursor == null ? "" : "&cursor=" + cursor));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.stream().map(item -> (String) item.get("id")).filter(FIXTURES::contains).forEach(seen::add);
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return seen;
    }

    private Map<String, Object> article(String id) {
        return get("/api/articles/" + id);
    }

    Map<String, Object> get(String uri, Object... variables) {
        return http.get().uri(uri, variables).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private Map<String, Object> getAuthorized(String uri) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TOKEN).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private void problem(String uri, int status, String field) {
        var body = http.get().uri(uri).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
        if (field != null) {
            body.jsonPath("$.field").isEqualTo(field);
        }
    }
}
