package io.newsflow.enricher.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Fixtures;
import io.newsflow.enricher.Topic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static final TopicClassifier CLASSIFIER = new TopicClassifier();

    @ParameterizedTest(name = "{0} is mainly {1}")
    @CsvSource({
            "ecb-rates-inflation, 04000000",
            "champions-league-final, 15000000",
            "tennis-open-upset, 15000000",
            "measles-outbreak-vaccination, 07000000",
            "storm-flooding-coast, 17000000",
            "ukraine-grain-corridor, 16000000"})
    void topTopicMatchesTheSectionOfTheStory(String article, String code) {
        List<Topic> topics = CLASSIFIER.classify(Fixtures.analyzed(Fixtures.article(article)));
        assertThat(topics).isNotEmpty();
        assertThat(topics.get(0).code()).isEqualTo(code);
    }

    @Test
    void diplomaticMeetingIsPoliticsWithWarSecond() {
        List<Topic> topics = CLASSIFIER.classify(Fixtures.analyzed(Fixtures.examplePage()));
        assertThat(topics).extracting(Topic::code).startsWith("11000000").contains("16000000");
        assertThat(topics.get(0).label()).isEqualTo("politics");
    }

    @Test
    void scoresAreSharesBestFirst() {
        List<Topic> topics = CLASSIFIER.classify(Fixtures.analyzed(Fixtures.article("chip-export-controls")));
        assertThat(topics).allMatch(t -> t.score() > 0 && t.score() <= 1);
        assertThat(topics.stream().mapToDouble(Topic::score).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(topics).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void textWithoutCueWordsHasNoTopic() {
        assertThat(CLASSIFIER.classify(Fixtures.analyzer().analyze("Hello", "Lorem ipsum dolor sit amet."))).isEmpty();
    }

    @Test
    void lexiconHasTheSeventeenTopLevelCodes() {
        TopicLexicon lexicon = TopicLexicon.load();
        assertThat(lexicon.codes).hasSize(17).allMatch(c -> c.matches("(0[1-9]|1[0-7])000000"));
    }
}
