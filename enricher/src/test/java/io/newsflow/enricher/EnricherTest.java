package io.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static CorpusIndex corpus;
    private static Enricher enricher;

    @BeforeAll
    static void loadModels() {
        corpus = CorpusIndex.inMemory();
        Fixtures.ARTICLES.forEach(name -> corpus.add(Fixtures.article(name)));
        enricher = new Enricher(corpus);
    }

    @AfterAll
    static void close() throws Exception {
        corpus.close();
    }

    @Test
    void examplePageGetsLanguageEntitiesKeywordsTopicsAndRelatedArticles() {
        Enrichment result = enricher.enrich(Fixtures.examplePage(), 3);
        assertThat(result.language()).isEqualTo("en");
        assertThat(result.entities()).extracting(Entity::name).contains("NATO", "Jens Stoltenberg", "Ukraine");
        assertThat(result.keywords()).hasSizeBetween(5, 15);
        assertThat(result.topics()).extracting(Topic::code).first().isEqualTo("11000000");
        assertThat(result.related()).hasSize(3).first().extracting(Related::id).isEqualTo("nato-ukraine-air-defence");
    }

    @Test
    void aLanguageGivenByTheCallerIsKept() {
        Document doc = Fixtures.article("ecb-rates-inflation");
        Document tagged = new Document(doc.id(), doc.url(), doc.title(), doc.body(), "en-GB", List.of());
        assertThat(enricher.enrich(tagged, 0).language()).isEqualTo("en-GB");
    }

    @Test
    void textInAnotherLanguageKeepsOnlyGazetteerEntitiesAndNoEnglishKeywordsOrTopics() {
        Document german = new Document("de-1", null, "NATO-Außenminister beraten in Brüssel über die Ukraine",
                "Die Außenminister der NATO haben sich am Mittwoch in Brüssel getroffen, um über die weitere "
                        + "Unterstützung der Ukraine zu beraten. Generalsekretär Jens Stoltenberg sagte, die "
                        + "Verbündeten müssten Kurs halten. Auch Schweden und die Türkei waren Thema.",
                null, List.of());
        Enrichment result = enricher.enrich(german, 0);
        assertThat(result.language()).isEqualTo("de");
        assertThat(result.entities()).extracting(Entity::name).contains("NATO", "Ukraine", "Jens Stoltenberg")
                .doesNotContain("Die Außenminister", "Generalsekretär Jens Stoltenberg", "Auch Schweden");
        assertThat(result.entities()).allMatch(e -> e.wikidataId() != null);
        assertThat(result.keywords()).isEmpty();
        assertThat(result.topics()).isEmpty();
    }

    @Test
    void oddTextGivesEmptyListsNotErrors() {
        List<Document> odd = List.of(
                new Document("a", null, null, null, null, List.of()),
                new Document("b", null, "", "", null, List.of()),
                new Document("c", null, "???", "!!! ... --- ;;; \u2014 \u201c\u201d", null, List.of()),
                new Document("d", null, "x", "word ".repeat(20_000), null, List.of()),
                new Document("e", null, "\u65b0\u95fb", "\u5317\u7ea6\u5916\u957f\u5728\u5e03\u9c81\u585e\u5c14\u4e3e\u884c\u4f1a\u8bae\u3002", null, List.of()),
                new Document(null, null, "No id", "A text without an id is enriched but relates to nothing.", null, List.of()));
        for (Document doc : odd) {
            assertThatCode(() -> {
                Enrichment result = enricher.enrich(doc, 5);
                assertThat(result.entities()).isNotNull();
                assertThat(result.keywords()).isNotNull();
                assertThat(result.topics()).isNotNull();
                assertThat(result.related()).isNotNull();
                assertThat(result.language()).isNotNull();
            }).as(doc.id()).doesNotThrowAnyException();
        }
    }
}
