package io.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorpusIndexTest {

    private CorpusIndex corpus;

    @BeforeEach
    void indexTheTestArticles() {
        corpus = CorpusIndex.inMemory();
        Fixtures.ARTICLES.forEach(name -> corpus.add(Fixtures.article(name)));
        corpus.add(Fixtures.examplePage());
    }

    @AfterEach
    void close() throws Exception {
        corpus.close();
    }

    @Test
    void storiesOnTheSameSubjectComeFirst() {
        List<Related> related = corpus.related(Fixtures.article("nato-ukraine-air-defence"), 2);
        assertThat(related).extracting(Related::id)
                .containsExactlyInAnyOrder("iria-nato-foreign-ministers", "ukraine-grain-corridor");
        assertThat(corpus.related(Fixtures.article("tennis-open-upset"), 1)).extracting(Related::id)
                .containsExactly("champions-league-final");
    }

    @Test
    void theQueryDocumentIsNeverItsOwnRelatedArticle() {
        for (String name : Fixtures.ARTICLES) {
            assertThat(corpus.related(Fixtures.article(name), 20)).extracting(Related::id).doesNotContain(name);
        }
    }

    @Test
    void scoresAreInUnitRangeBestFirstAndCarryTheStoredFields() {
        List<Related> related = corpus.related(Fixtures.examplePage(), 5);
        assertThat(related).hasSize(5).allMatch(r -> r.score() > 0 && r.score() <= 1);
        assertThat(related).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        Related first = related.get(0);
        assertThat(first.url()).isEqualTo("https://news.example/" + first.id());
        assertThat(first.title()).isEqualTo(Fixtures.article(first.id()).title());
    }

    @Test
    void aDocumentNotInTheIndexFindsItsSubjectToo() {
        Document unseen = new Document("unseen", null, "Stoltenberg urges allies to keep arming Ukraine",
                "NATO Secretary General Jens Stoltenberg urged allies to send more air defence to Ukraine "
                        + "as Russian missile attacks continue, at a meeting of NATO ministers in Brussels.",
                null, List.of());
        assertThat(corpus.related(unseen, 1).get(0).id()).isIn("nato-ukraine-air-defence", "iria-nato-foreign-ministers");
    }

    @Test
    void addingTheSameIdReplacesAndRemovingDeletes() {
        int before = corpus.size();
        corpus.add(Fixtures.article("ecb-rates-inflation"));
        assertThat(corpus.size()).isEqualTo(before);
        corpus.remove("ecb-rates-inflation");
        assertThat(corpus.size()).isEqualTo(before - 1);
        assertThat(corpus.related(Fixtures.article("chip-export-controls"), 20)).extracting(Related::id)
                .doesNotContain("ecb-rates-inflation");
    }

    @Test
    void addingAgainKeepsAnUnchangedDocumentAndReplacesAChangedOneEvenRightAfterARemove() {
        Document original = new Document("sequel", "https://news.example/sequel", "Late goal gives Real Madrid the title",
                "Real Madrid won the Champions League final against Borussia Dortmund at Wembley.", null, List.of());
        Document retitled = new Document("sequel", "https://news.example/sequel", "Real Madrid win at Wembley",
                original.body(), null, List.of());
        int before = corpus.size();
        corpus.add(original);
        corpus.add(original);   // as enrich-service's corpus feed does after the listener indexed it
        assertThat(corpus.size()).isEqualTo(before + 1);
        assertThat(titleOfFirstRelated()).isEqualTo(original.title());

        corpus.add(retitled);
        assertThat(corpus.size()).isEqualTo(before + 1);
        assertThat(titleOfFirstRelated()).isEqualTo(retitled.title());

        corpus.remove("sequel");
        corpus.add(retitled);   // the same content as before the remove: must be indexed again
        assertThat(corpus.size()).isEqualTo(before + 1);
        corpus.remove("sequel");
        assertThat(corpus.size()).isEqualTo(before);
        corpus.add(retitled);   // and once the removal is visible
        assertThat(titleOfFirstRelated()).isEqualTo(retitled.title());
    }

    private String titleOfFirstRelated() {
        return corpus.related(Fixtures.article("champions-league-final"), 1).get(0).title();
    }

    @Test
    void anAddedDocumentIsVisibleToTheNextQuery() {
        Document sequel = new Document("sequel", null, "Late goal gives Real Madrid the Champions League title",
                "Real Madrid won the Champions League final against Borussia Dortmund at Wembley.", null, List.of());
        corpus.add(sequel);
        assertThat(corpus.related(Fixtures.article("champions-league-final"), 1)).extracting(Related::id)
                .containsExactly("sequel");
    }

    @Test
    void queriesWhileAnotherThreadAddsDocumentsSeeEveryEarlierAdd() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                work.add(pool.submit(() -> corpus.add(new Document("copy-" + n, null, "Copy " + n,
                        Fixtures.article("measles-outbreak-vaccination").body(), null, List.of()))));
                work.add(pool.submit(() -> corpus.related(Fixtures.article("storm-flooding-coast"), 3)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(corpus.size()).isEqualTo(Fixtures.ARTICLES.size() + 1 + 30);
        assertThat(corpus.related(Fixtures.article("measles-outbreak-vaccination"), 3)).extracting(Related::id)
                .allMatch(id -> id.startsWith("copy-"));
    }

    @Test
    void documentFrequenciesAreExactForWordsAndBetweenTheWordsForPhrases() {
        int[] df = corpus.documentFrequencies(List.of("NATO", "Ukraine", "NATO Ukraine", "Champions League",
                "unheard-of zyxwv"));
        assertThat(df[0]).isEqualTo(2);   // the NATO story and the example page
        assertThat(df[1]).isEqualTo(3);   // and the grain corridor story
        assertThat(df[2]).isBetween(Math.min(df[0], df[1]), Math.max(df[0], df[1]));
        assertThat(df[3]).isEqualTo(1);
        assertThat(df[4]).isZero();
    }

    @Test
    void anEmptyCorpusRelatesNothing() throws Exception {
        try (CorpusIndex empty = CorpusIndex.inMemory()) {
            assertThat(empty.related(Fixtures.examplePage(), 5)).isEmpty();
            assertThat(empty.size()).isZero();
        }
    }
}
