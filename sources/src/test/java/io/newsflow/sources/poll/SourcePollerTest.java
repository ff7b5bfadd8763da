package io.newsflow.sources.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.sources.parse.ParseLimits;
import io.newsflow.sources.parse.SourceDocumentParser;
import io.newsflow.sources.registry.SourceRegistry;
import io.newsflow.sources.spi.SubmissionSink;
import io.newsflow.sources.support.FeedServer;
import io.newsflow.sources.support.JdkSourceFetcher;
import io.newsflow.sources.support.RecordingSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;

/**
 * The poller against a real local HTTP server, writing to Kafka's own MockProducer (the broker is
 * covered by the ITs): the per-poll cap, and what a poll keeps when it could not finish.
 */
class SourcePollerTest {

    private final FeedServer server = new FeedServer();
    private final RecordingSink recording = new RecordingSink();
    private final AtomicBoolean sinkFails = new AtomicBoolean();
    private final SubmissionSink sink = (urls, source) -> sinkFails.get()
            ? Mono.error(new IllegalStateException("broker unavailable")) : recording.submit(urls, source);
    private final SourceRegistry registry = registry();

    @AfterEach
    void stop() {
        server.close();
    }

    private static SourceRegistry registry() {
        // KafkaTemplate closes what a plain factory gives it after each send; a real factory's producer ignores that.
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            public void close(Duration timeout) {
            }
        };
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(() -> producer);
        return new SourceRegistry(new EventPublisher(template, new EventCodec(1 << 20), "test", Clock.systemUTC()),
                template);
    }

    private SourcePoller poller(int cap) {
        return new SourcePoller(new JdkSourceFetcher(), sink, registry, new SourceDocumentParser(ParseLimits.defaults()),
                new SourcePoller.PollLimits(cap, 5000, 50, Duration.ofSeconds(10)), Clock.systemUTC());
    }

    private SourceSubscription subscribed(String path) {
        SourceSubscription subscription = new SourceSubscription("s" + path.hashCode(), server.url(path).toString(), null,
                null, 900, Instant.now(), null, null, 0, null, null, List.of());
        return registry.save(subscription).block();
    }

    private PollResult pollAgain(SourcePoller poller, String id) {
        return poller.poll(registry.find(id).orElseThrow()).block();
    }

    @Test
    void aCappedPollLeavesTheRestForTheNextPollsAndKeepsValidatorsOnlyOnceComplete() {
        SourceSubscription s = subscribed("/feeds/with-validators.xml");
        SourcePoller poller = poller(40);

        PollResult first = poller.poll(s).block();
        assertThat(first.outcome()).isEqualTo("200, 40 new, 60 more next poll");
        assertThat(first.subscription().etag()).isNull();

        assertThat(pollAgain(poller, s.sourceId()).outcome()).isEqualTo("200, 40 new, 20 more next poll");
        PollResult third = pollAgain(poller, s.sourceId());
        assertThat(third.outcome()).isEqualTo("200, 20 new");
        assertThat(third.subscription().etag()).isEqualTo("\"feed-v1\"");
        assertThat(third.subscription().entriesSubmitted()).isEqualTo(100);

        assertThat(pollAgain(poller, s.sourceId()).outcome()).isEqualTo("304");
        assertThat(recording.urlsFrom(s.submissionSource())).hasSize(100).doesNotHaveDuplicates();
        assertThat(recording.batchSizes()).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(SubmissionSink.MAX_BATCH));
    }

    @Test
    void entriesWhoseSubmissionFailedStayNewAndTheFeedIsFetchedInFullNextTime() {
        SourceSubscription s = subscribed("/feeds/with-validators.xml");
        SourcePoller poller = poller(1000);
        sinkFails.set(true);

        PollResult failed = poller.poll(s).block();

        assertThat(failed.outcome()).isEqualTo("200, 0 new; submitting failed after 0: broker unavailable");
        assertThat(failed.subscription().etag()).isNull();
        assertThat(failed.subscription().seenEntries()).isEmpty();

        sinkFails.set(false);
        assertThat(pollAgain(poller, s.sourceId()).outcome()).isEqualTo("200, 100 new");
        assertThat(server.notModifiedAnswers("/feeds/with-validators.xml")).isZero();
    }

    @Test
    void aSubscriptionWithAnUnusableUrlEndsWithAnOutcomeNotAnException() {
        SourceSubscription broken = registry.save(new SourceSubscription("broken", "http://exa mple.com/feed", null, null,
                900, Instant.now(), null, null, 0, null, null, List.of())).block();

        PollResult result = poller(1000).poll(broken).block();

        assertThat(result.outcome()).startsWith("failed: java.lang.IllegalArgumentException");
        assertThat(registry.find("broken").orElseThrow().lastPolledAt()).isNotNull();
    }

    @Test
    void aSubscriptionDeletedDuringItsPollIsNotBroughtBack() {
        SourceSubscription s = subscribed("/feeds/no-validators.xml");
        registry.remove(s.sourceId()).block();

        PollResult result = poller(1000).poll(s).block();

        assertThat(result.outcome()).isEqualTo("200, 100 new");
        assertThat(registry.find(s.sourceId())).isEmpty();
    }
}
