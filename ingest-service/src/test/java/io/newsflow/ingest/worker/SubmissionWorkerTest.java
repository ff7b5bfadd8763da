package io.newsflow.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.extract.ArticleAssembler;
import io.newsflow.ingest.extract.ExtractionTestSupport;
import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.fetch.LocalPages;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.crawl.CrawlTestSupport;
import io.newsflow.ingest.crawl.PoliteFetcher;
import io.newsflow.ingest.dedup.ArticleIndex;
import org.springframework.kafka.listener.BatchListenerFailedException;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import io.newsflow.messaging.MessagingProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;

class SubmissionWorkerTest {

    private static final String STORY = "<html><head><title>Ministers meet</title></head><body><article>"
            + "<h1>Ministers meet</h1>" + "<p>The ministers met in Brussels on Tuesday and talked for many hours about "
            + "the support for the country, the winter ahead and the money that is still needed.</p>".repeat(8)
            + "</article></body></html>";

    private final LocalPages server = new LocalPages();
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final EventCodec codec = new EventCodec(1 << 20);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SubmissionWorker worker;
    private final SubmissionWorker workerWithTinyEvents;

    SubmissionWorkerTest() throws IOException {
        when(publisher.publish(any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        FetchProperties fetch = new FetchProperties(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5),
                DataSize.ofMegabytes(5), 5, "NewsflowTest/1.0", List.of("127.0.0.1/32"));
        IngestProperties ingest = new IngestProperties(2, 100, Duration.ofSeconds(2));
        worker = worker(fetch, ingest, 1 << 20);
        workerWithTinyEvents = worker(fetch, ingest, 512);
    }

    private SubmissionWorker worker(FetchProperties fetch, IngestProperties ingest, int maxEventBytes) {
        MessagingProperties messaging = new MessagingProperties(1, (short) 1, 0, Duration.ofMillis(1),
                Duration.ofMillis(1), maxEventBytes);
        PoliteFetcher polite = CrawlTestSupport.politeFetcher(new PageFetcher(fetch, HostResolver.SYSTEM,
                Clock.systemUTC()), Duration.ZERO, meters);
        SubmissionProcessor processor = new SubmissionProcessor(polite,
                ExtractionTestSupport.assembler(new ArticleExtractor()), new ArticleIndex(),
                new StatusReporter(publisher, ingest, Clock.systemUTC()), publisher, codec, ingest, messaging, meters,
                Clock.systemUTC());
        return new SubmissionWorker(codec, processor, ingest);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aPageBecomesAnArticleBetweenFetchingAndExtracted() throws Exception {
        server.on("/story", exchange -> LocalPages.send(exchange, 200, "text/html", STORY));
        ch.qos.logback.classic.Logger processorLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SubmissionProcessor.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        processorLog.addAppender(logged);

        try {
            worker.onSubmissions(records("s-1", server.url("/story").toString()));
        } finally {
            processorLog.detachAppender(logged);
        }

        assertThat(logged.list).filteredOn(event -> event.getFormattedMessage().contains("extracted as article"))
                .singleElement().satisfies(event -> {
                    assertThat(event.getMDCPropertyMap()).containsEntry("submissionId", "s-1");
                    assertThat(event.getMDCPropertyMap()).containsKey("articleId");
                });
        assertThat(states()).containsExactly(SubmissionState.FETCHING, SubmissionState.EXTRACTED);
        verify(publisher).publish(eq(Topics.ARTICLES_EXTRACTED), any());
        assertThat(meters.counter(SubmissionProcessor.OUTCOME_COUNTER, "outcome", "EXTRACTED").count()).isEqualTo(1);
        assertThat(meters.timer(SubmissionProcessor.EXTRACTION_TIMER).count()).isEqualTo(1);
        assertThat(meters.counter("newsflow.fetch.requests", "outcome", "OK", "host", "127.0.0.1:" + server.port())
                .count()).isEqualTo(1);
        verify(publisher).publish(eq(Topics.PAGES_RAW), any());
    }

    @Test
    void anArticleLargerThanConsumersAcceptFailsAsTooLargeInsteadOfBeingDeadLettered() throws Exception {
        server.on("/story", exchange -> LocalPages.send(exchange, 200, "text/html", STORY));

        workerWithTinyEvents.onSubmissions(records("s-6", server.url("/story").toString()));

        assertThat(states()).containsExactly(SubmissionState.FETCHING, SubmissionState.FAILED);
        assertThat(statuses().get(1).reasonCode()).isEqualTo(ReasonCodes.TOO_LARGE);
        assertThat(statuses().get(1).message()).endsWith("consumers accept at most 512");
        verify(publisher, never()).publish(eq(Topics.ARTICLES_EXTRACTED), any());
    }

    @Test
    void anInvalidUrlFailsAtOnceWithoutFetching() throws Exception {
        worker.onSubmissions(records("s-2", "gopher://old.example/"));

        assertThat(statuses()).singleElement().satisfies(status -> {
            assertThat(status.state()).isEqualTo(SubmissionState.FAILED);
            assertThat(status.reasonCode()).isEqualTo(ReasonCodes.INVALID_URL);
        });
    }

    @Test
    void aPageWithoutArticleTextFailsAsNoArticleAndPublishesNoArticle() throws Exception {
        server.on("/home", exchange -> LocalPages.send(exchange, 200, "text/html", "<html><body><nav>Home</nav></body></html>"));

        worker.onSubmissions(records("s-3", server.url("/home").toString()));

        assertThat(states()).containsExactly(SubmissionState.FETCHING, SubmissionState.FAILED);
        assertThat(statuses().get(1).reasonCode()).isEqualTo(ReasonCodes.NO_ARTICLE);
        verify(publisher, never()).publish(eq(Topics.ARTICLES_EXTRACTED), any());
    }

    @Test
    void aPermanentFetchFailureEndsFailedWithoutThrowingSoKafkaDoesNotRetryIt() throws Exception {
        worker.onSubmissions(records("s-4", "http://10.1.2.3/internal"));

        assertThat(states()).containsExactly(SubmissionState.FETCHING, SubmissionState.FAILED);
        assertThat(statuses().get(1).reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(meters.counter(SubmissionProcessor.OUTCOME_COUNTER, "outcome", ReasonCodes.BLOCKED_ADDRESS).count())
                .isEqualTo(1);
        assertThat(meters.counter(SubmissionProcessor.FAILED_COUNTER, "reason", ReasonCodes.BLOCKED_ADDRESS).count())
                .isEqualTo(1);
    }

    @Test
    void aBrokerThatDoesNotAcknowledgeTheArticleThrowsSoTheRecordIsRetried() {
        server.on("/story", exchange -> LocalPages.send(exchange, 200, "text/html", STORY));
        when(publisher.publish(eq(Topics.ARTICLES_EXTRACTED), any()))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("broker down")));

        assertThatThrownBy(() -> worker.onSubmissions(records("s-5", server.url("/story").toString())))
                .isInstanceOf(BatchListenerFailedException.class)
                .hasRootCauseMessage("broker down");
    }

    @Test
    void aRecordWithoutSubmissionIdIsMalformed() {
        byte[] value = "{\"schemaVersion\":1,\"url\":\"https://news.example/a\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> worker.onSubmissions(List.of(new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 0, "k", value))))
                .isInstanceOf(BatchListenerFailedException.class)
                .hasCauseInstanceOf(MalformedEventException.class);
    }

    private List<ConsumerRecord<String, byte[]>> records(String submissionId, String url) {
        SubmissionRequested request = new SubmissionRequested(submissionId, url, "editor", Instant.now());
        return List.of(new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 0, submissionId, codec.encode(request)));
    }

    private List<SubmissionStatusChanged> statuses() {
        ArgumentCaptor<SubmissionStatusChanged> captor = ArgumentCaptor.forClass(SubmissionStatusChanged.class);
        verify(publisher, atLeastOnce()).publish(eq(Topics.SUBMISSION_STATUS), captor.capture());
        return captor.getAllValues();
    }

    private List<SubmissionState> states() {
        return statuses().stream().map(SubmissionStatusChanged::state).toList();
    }
}
