package io.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's document frequencies follow every add, replacement and removal, whether or not a query has
 * made the change visible yet, and are read back with an index kept on disk.
 */
class CorpusDocumentFrequenciesTest {

    private static final List<String> WORDS = List.of("nato", "ukraine", "grain", "tennis", "alpha", "missing");

    @TempDir
    Path dir;

    @Test
    void countsFollowAddsReplacementsAndRemovalsBeforeAndAfterQueries() throws Exception {
        Map<String, String> corpusTexts = new HashMap<>();
        try (CorpusIndex corpus = CorpusIndex.inMemory()) {
            String[] texts = {"nato ukraine", "ukraine grain", "tennis", "nato alpha ukraine", "grain grain"};
            for (int i = 0; i < 14; i++) {
                String id = "doc-" + (i % 9);   // ids 0-4 come back with another text: replacements
                String text = texts[i % texts.length] + " story " + i;
                corpus.add(doc(id, text));
                corpusTexts.put(id, text);
                if (i == 7) {
                    corpus.remove("doc-2");
                    corpusTexts.remove("doc-2");
                }
                if (i % 3 == 0) {
                    corpus.related(doc("query", "nato"), 3);   // a query makes the writes so far visible
                }
                assertThat(counts(corpus)).as("after write %d", i).isEqualTo(expected(corpusTexts));
            }
            corpus.remove("doc-0");
            corpusTexts.remove("doc-0");
            corpus.remove("never-added");
            assertThat(counts(corpus)).isEqualTo(expected(corpusTexts));
        }
    }

    @Test
    void anIndexOpenedFromDiskKnowsItsCounts() throws Exception {
        Map<String, String> corpusTexts = Map.of("a", "nato ukraine", "b", "ukraine grain", "c", "tennis alpha");
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            corpusTexts.forEach((id, text) -> corpus.add(doc(id, text)));
            corpus.commit(Map.of());
        }
        try (CorpusIndex reopened = CorpusIndex.open(dir)) {
            assertThat(counts(reopened)).isEqualTo(expected(corpusTexts));
            reopened.remove("a");
            assertThat(reopened.documentFrequencies(List.of("nato", "ukraine"))).containsExactly(0, 1);
        }
    }

    private static Map<String, Integer> counts(CorpusIndex corpus) {
        int[] counts = corpus.documentFrequencies(WORDS);
        Map<String, Integer> byWord = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            byWord.put(WORDS.get(i), counts[i]);
        }
        return byWord;
    }

    /** Documents whose text (or title, which is blank here) holds each word. */
    private static Map<String, Integer> expected(Map<String, String> texts) {
        Map<String, Integer> byWord = new HashMap<>();
        for (String word : WORDS) {
            byWord.put(word, (int) texts.values().stream().filter(text -> List.of(text.split(" ")).contains(word)).count());
        }
        return byWord;
    }

    private static Document doc(String id, String text) {
        return new Document(id, "https://news.example/" + id, "", text, "en", List.of());
    }
}
