package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The hand-written AsyncAPI document must not drift from the code: every topic and event type is in it. */
class AsyncApiDocumentTest {

    private final String document = read(Path.of("asyncapi.yaml"));

    @Test
    void describesEveryTopicAndItsDeadLetterTopic() {
        for (String topic : new String[] {Topics.SUBMISSIONS, Topics.SUBMISSION_STATUS, Topics.ARTICLES_EXTRACTED,
                Topics.ARTICLES_ENRICHED, Topics.ARTICLES_RELATED, Topics.SOURCES, Topics.PAGES_RAW}) {
            assertThat(document).contains("address: " + topic + "\n", "address: " + Topics.deadLetterOf(topic) + "\n");
        }
    }

    @Test
    void namesEveryEventTypeAndState() {
        assertThat(document).contains(SubmissionRequested.TYPE, SubmissionStatusChanged.TYPE, ArticleExtracted.TYPE,
                ArticleEnriched.TYPE, ArticleRelatedLinked.TYPE, SourceSubscription.TYPE, RawPageFetched.TYPE);
        for (SubmissionState state : SubmissionState.values()) {
            assertThat(document).contains(state.name());
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new AssertionError("contracts/asyncapi.yaml is missing", e);
        }
    }
}
