package io.newsflow.enricher.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Document frequencies from the cache equal Lucene's own on every reader of an index that grows one
 * small segment at a time (as enrich-service's corpus does), with replaced and deleted documents, and
 * after the segments are merged; segments merged away leave the cache.
 */
class IdfCacheTest {

    private static final List<String> TERMS = List.of("nato", "ukraine", "grain", "tennis", "missing", "alpha");

    @Test
    void smallCorpusValuesAreExactOnEveryReaderAndLeaveWithTheirSegments() throws Exception {
        IdfCache cache = new IdfCache();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            String[] texts = {"nato ukraine", "ukraine grain", "tennis", "nato alpha ukraine", "grain grain"};
            DirectoryReader reader = null;
            for (int i = 0; i < 12; i++) {
                writer.updateDocument(new Term(CorpusFields.ID, "doc-" + (i % 9)), doc("doc-" + (i % 9), texts[i % texts.length]));
                if (i == 7) {
                    writer.deleteDocuments(new Term(CorpusFields.ID, "doc-2"));
                }
                reader = reopen(reader, writer);   // one small segment per write, as a refresh per query makes
                assertExact(cache, reader);
                assertExact(cache, reader);        // second view: values from the kept segments
            }
            assertThat(reader.leaves()).hasSizeGreaterThan(5);
            assertThat(cache.segmentsHeld()).isEqualTo(reader.leaves().size());

            writer.getConfig().setMergePolicy(new TieredMergePolicy());
            writer.forceMerge(1);
            DirectoryReader merged = reopen(reader, writer);
            assertThat(merged.leaves()).hasSize(1);
            assertExact(cache, merged);
            assertThat(cache.segmentsHeld()).as("merged-away segments leave the cache").isEqualTo(1);
            merged.close();
        }
    }

    private static void assertExact(IdfCache cache, DirectoryReader reader) throws Exception {
        IdfCache.View view = cache.on(reader);
        for (String term : TERMS) {
            assertThat(view.docFreq(term)).as(term).isEqualTo(reader.docFreq(new Term(CorpusFields.TEXT, term)));
        }
    }

    private static DirectoryReader reopen(DirectoryReader old, IndexWriter writer) throws Exception {
        if (old == null) {
            return DirectoryReader.open(writer);
        }
        DirectoryReader fresh = DirectoryReader.openIfChanged(old, writer);
        if (fresh == null) {
            return old;
        }
        old.close();
        return fresh;
    }

    private static Document doc(String id, String text) {
        Document doc = new Document();
        doc.add(new StringField(CorpusFields.ID, id, Field.Store.YES));
        doc.add(new TextField(CorpusFields.TEXT, text, Field.Store.NO));
        return doc;
    }
}
