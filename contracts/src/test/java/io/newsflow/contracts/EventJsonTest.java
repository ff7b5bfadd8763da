package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void eventsRoundTripThroughJsonUnchanged() {
        ArticleExtracted event = new ArticleExtracted("a1", "s1", "https://example.org/a", "https://example.org/a",
                new Revision("abc", Instant.parse("2024-01-02T03:04:05Z")),
                new ArticleContent("Title", "Body", "Ann Author", "2024-01-01", null, "en", "Example", null, null,
                        List.of("World"), List.of(), List.of(new Link("https://example.org/b", "b"))));
        assertThat(json.readValue(json.writeValueAsString(event), ArticleExtracted.class)).isEqualTo(event);
    }

    @Test
    void jsonCarriesTheSchemaVersionButNotTheRoutingAttributes() {
        JsonNode tree = json.valueToTree(new SubmissionRequested("s1", "https://example.org/a", "editor",
                Instant.parse("2024-01-02T03:04:05Z")));
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(SubmissionRequested.SCHEMA_VERSION);
        assertThat(tree.has("eventType")).isFalse();
        assertThat(tree.has("key")).isFalse();
        assertThat(tree.get("requestedAt").asString()).isEqualTo("2024-01-02T03:04:05Z");
    }

    @Test
    void consumersTolerateFieldsAddedByNewerProducers() {
        String newer = """
                {"schemaVersion":1,"submissionId":"s1","url":"https://example.org/a","source":"editor",
                 "requestedAt":"2024-01-02T03:04:05Z","priority":"high"}""";
        assertThat(json.readValue(newer, SubmissionRequested.class).submissionId()).isEqualTo("s1");
    }

    @Test
    void nullFieldsAreLeftOutOfTheJson() {
        JsonNode tree = json.valueToTree(new SubmissionStatusChanged("s1", "https://example.org/a", null,
                SubmissionState.ACCEPTED, null, null, "ingest-service", Instant.EPOCH));
        assertThat(tree.has("articleId")).isFalse();
        assertThat(tree.has("reasonCode")).isFalse();
    }

    @Test
    void articleIdIsAStable128BitHexHashOfTheCanonicalUrl() {
        String id = ArticleIds.of("https://example.org/news/a");
        assertThat(id).hasSize(32).matches("[0-9a-f]+").isEqualTo(ArticleIds.of("https://example.org/news/a"));
        assertThat(ArticleIds.of("https://example.org/news/b")).isNotEqualTo(id);
    }

    @Test
    void onlyPublishedDuplicateAndFailedAreTerminal() {
        assertThat(List.of(SubmissionState.values()).stream().filter(SubmissionState::isTerminal))
                .containsExactlyInAnyOrder(SubmissionState.PUBLISHED, SubmissionState.DUPLICATE, SubmissionState.FAILED);
    }

    @Test
    void aLaterFetchIsANewerRevision() {
        Revision older = new Revision("a", Instant.parse("2024-01-01T00:00:00Z"));
        Revision newer = new Revision("b", Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(newer.isNewerThan(older)).isTrue();
        assertThat(older.isNewerThan(newer)).isFalse();
        assertThat(older.isNewerThan(older)).isFalse();
        assertThat(older.isNewerThan(null)).isTrue();
    }

    @Test
    void aReExtractionOfTheSameFetchIsANewerRevision() {
        Instant fetched = Instant.parse("2024-01-02T03:04:05Z");
        Revision original = new Revision("h1", fetched);
        Revision replayed = new Revision("h2", fetched, fetched.plusSeconds(3600));
        assertThat(replayed.isNewerThan(original)).isTrue();
        assertThat(original.isNewerThan(replayed)).isFalse();
        assertThat(replayed.isNewerThan(replayed)).isFalse();
        assertThat(new Revision("h3", fetched.plusSeconds(1)).isNewerThan(replayed)).isTrue();
    }

    @Test
    void aNearDuplicateStatusNamesItsOriginal() {
        SubmissionStatusChanged status = SubmissionStatusChanged.nearDuplicate("s1", "https://copy.example/a", "c1",
                "o1", "syndicated copy", "ingest-service", Instant.EPOCH);
        JsonNode tree = json.valueToTree(status);
        assertThat(tree.get("state").asString()).isEqualTo("DUPLICATE");
        assertThat(tree.get("reasonCode").asString()).isEqualTo(ReasonCodes.NEAR_DUPLICATE);
        assertThat(tree.get("duplicateOf").asString()).isEqualTo("o1");
        assertThat(json.readValue(json.writeValueAsString(status), SubmissionStatusChanged.class)).isEqualTo(status);
    }
}
