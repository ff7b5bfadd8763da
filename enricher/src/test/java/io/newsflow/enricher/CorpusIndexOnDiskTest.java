package io.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexOnDiskTest {

    @TempDir
    Path dir;

    @Test
    void aReopenedIndexHoldsItsDocumentsAndWhatTheLastCommitRecorded() throws Exception {
        List<Related> before;
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            assertThat(corpus.committedData()).isEmpty();
            Fixtures.ARTICLES.forEach(name -> corpus.add(Fixtures.article(name)));
            corpus.commit(Map.of("position", "42"));
            before = corpus.related(Fixtures.article("nato-ukraine-air-defence"), 3);
        }

        try (CorpusIndex reopened = CorpusIndex.open(dir)) {
            assertThat(reopened.size()).isEqualTo(Fixtures.ARTICLES.size());
            assertThat(reopened.committedData()).containsExactly(Map.entry("position", "42"));
            // same ranking: the stored embeddings and term vectors are read back, not recomputed differently
            assertThat(reopened.related(Fixtures.article("nato-ukraine-air-defence"), 3)).isEqualTo(before);
        }
    }

    @Test
    void documentsAddedAfterTheLastCommitAreKeptByAnOrderlyClose() throws Exception {
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            corpus.add(Fixtures.article(Fixtures.ARTICLES.get(0)));
            corpus.commit(Map.of("position", "1"));
            corpus.add(Fixtures.article(Fixtures.ARTICLES.get(1)));
        }
        try (CorpusIndex reopened = CorpusIndex.open(dir)) {
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.committedData()).containsEntry("position", "1");
        }
    }

    @Test
    void aClearedIndexIsEmptyAfterARestartToo() throws Exception {
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            Fixtures.ARTICLES.forEach(name -> corpus.add(Fixtures.article(name)));
            corpus.clear();
            assertThat(corpus.size()).isZero();
            corpus.commit(Map.of());
        }
        try (CorpusIndex reopened = CorpusIndex.open(dir)) {
            assertThat(reopened.size()).isZero();
            reopened.add(Fixtures.article(Fixtures.ARTICLES.get(0)));
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void aDirectoryOpenElsewhereIsRefused() throws Exception {
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            assertThatThrownBy(() -> CorpusIndex.open(dir)).isInstanceOf(LockObtainFailedException.class);
            assertThat(corpus.size()).isZero();
        }
    }
}
