package io.newsflow.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Document;
import io.newsflow.messaging.EventCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRecordsTest {

    private static final TopicPartition P0 = new TopicPartition("newsflow.articles.extracted", 0);
    private static final TopicPartition P1 = new TopicPartition("newsflow.articles.extracted", 1);

    @TempDir
    Path dir;

    @Test
    void aKeptIndexResumesAfterTheLastRecordItCommitted() throws Exception {
        keepIndexReadUpTo(Map.of(P0, 5L));
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            CorpusRecords records = records(corpus);

            assertThat(records.resumeFrom(Map.of(P0, 9L, P1, 3L))).containsExactly(Map.entry(P0, 5L));
            assertThat(corpus.size()).isEqualTo(1);
        }
    }

    @Test
    void positionsPastTheEndOfTheTopicMeanItWasRecreatedSoTheIndexIsEmptiedAndReadWhole() throws Exception {
        keepIndexReadUpTo(Map.of(P0, 5L));
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            CorpusRecords records = records(corpus);

            assertThat(records.resumeFrom(Map.of(P0, 2L, P1, 0L))).isEmpty();
            assertThat(corpus.size()).isZero();
            assertThat(records.positions()).isEmpty();
        }
    }

    @Test
    void eachAppliedRecordMovesItsPartitionsPositionAnUnreadableOneToo() throws Exception {
        try (CorpusIndex corpus = CorpusIndex.inMemory()) {
            CorpusRecords records = records(corpus);

            records.apply(new ConsumerRecord<>(P1.topic(), 1, 7, "gone", null));
            // refused with an exception, which the follower logs; reading it again would refuse it again
            assertThatThrownBy(() -> records.apply(new ConsumerRecord<>(P1.topic(), 1, 8, "broken",
                    "{not json".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(RuntimeException.class);

            assertThat(records.positions()).containsExactly(Map.entry(P1, 9L));
        }
    }

    @Test
    void positionsSurviveTheirTextForm() {
        Map<TopicPartition, Long> positions = Map.of(P0, 12L, P1, 0L, new TopicPartition("a:b", 3), 4L);
        assertThat(CorpusPositions.decode(CorpusPositions.encode(positions))).isEqualTo(positions);
        assertThat(CorpusPositions.decode(Map.of(CorpusPositions.KEY, "garbage"))).isEmpty();
    }

    private void keepIndexReadUpTo(Map<TopicPartition, Long> positions) throws Exception {
        try (CorpusIndex corpus = CorpusIndex.open(dir)) {
            corpus.add(new Document("kept", "https://news.example/kept", "Kept article",
                    "NATO foreign ministers met in Brussels to discuss support for Ukraine.", "en", List.of()));
            corpus.commit(CorpusPositions.encode(positions));
        }
    }

    private static CorpusRecords records(CorpusIndex corpus) {
        return new CorpusRecords(corpus, new EventCodec(1 << 20), new SimpleMeterRegistry());
    }
}
