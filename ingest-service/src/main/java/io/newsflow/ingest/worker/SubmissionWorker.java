package io.newsflow.ingest.worker;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.extract.ArticleAssembler;
import io.newsflow.ingest.extract.ExtractionOutcome;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.url.UrlRules;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import io.newsflow.messaging.MessagingProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Works through submissions: FETCHING, fetch, extract, publish the article, EXTRACTED. Every way a page
 * can fail (HTTP error, blocked address, timeout, no article, an article larger than consumers accept)
 * is a permanent outcome for this submission and ends as FAILED at once; only infrastructure trouble (the broker not acknowledging)
 * throws, to be retried by the shared error handler and then dead-lettered.
 */
@Component
class SubmissionWorker {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWorker.class);
    /** Beyond the fetcher's own deadline, which always answers; only reached if the event loop is stuck. */
    private static final Duration BLOCK_SLACK = Duration.ofSeconds(5);
    /** Submissions processed, tagged EXTRACTED or with the failure's reason code. */
    static final String OUTCOME_COUNTER = "newsflow.ingest.submissions";
    /** Time per fetch, redirects included, tagged OK or with the failure's reason code. */
    static final String FETCH_TIMER = "newsflow.ingest.fetch";

    private final EventCodec codec;
    private final EventPublisher publisher;
    private final PageFetcher fetcher;
    private final ArticleAssembler assembler;
    private final StatusReporter status;
    private final IngestProperties props;
    private final Duration fetchDeadline;
    private final MeterRegistry meters;
    private final int maxEventBytes;

    SubmissionWorker(EventCodec codec, EventPublisher publisher, PageFetcher fetcher, ArticleAssembler assembler,
                     StatusReporter status, IngestProperties props, FetchProperties fetchProps,
                     MessagingProperties messaging, MeterRegistry meters) {
        this.codec = codec;
        this.publisher = publisher;
        this.fetcher = fetcher;
        this.assembler = assembler;
        this.status = status;
        this.props = props;
        this.fetchDeadline = fetchProps.totalTimeout().plus(BLOCK_SLACK);
        this.meters = meters;
        this.maxEventBytes = messaging.maxEventBytes();
    }

    @KafkaListener(id = "ingest-submissions", topics = Topics.SUBMISSIONS, groupId = "newsflow-ingest",
            containerFactory = WorkerConfiguration.CONTAINER_FACTORY)
    void onSubmission(ConsumerRecord<String, byte[]> record) throws Exception {
        SubmissionRequested submission = codec.decode(record.value(), SubmissionRequested.class);
        if (submission.submissionId() == null || submission.submissionId().isBlank()) {
            throw new MalformedEventException("submission without a submissionId");
        }
        process(submission);
    }

    void process(SubmissionRequested submission) throws Exception {
        Optional<String> invalid = UrlRules.problemWith(submission.url());
        if (invalid.isPresent()) {
            finishFailed(submission, ReasonCodes.INVALID_URL, "URL " + invalid.get());
            return;
        }
        status.report(submission, SubmissionState.FETCHING, null, null);
        long started = System.nanoTime();
        FetchOutcome fetched = fetcher.fetch(UrlRules.parse(submission.url())).block(fetchDeadline);
        meters.timer(FETCH_TIMER, "outcome", fetched instanceof FetchOutcome.Failed failure ? failure.reasonCode() : "OK")
                .record(Duration.ofNanos(System.nanoTime() - started));
        if (fetched instanceof FetchOutcome.Failed failure) {
            finishFailed(submission, failure.reasonCode(), failure.message());
            return;
        }
        ExtractionOutcome extracted = assembler.assemble(submission.submissionId(), (FetchOutcome.Fetched) fetched);
        if (extracted instanceof ExtractionOutcome.NoArticle none) {
            finishFailed(submission, ReasonCodes.NO_ARTICLE, none.message());
            return;
        }
        ArticleExtracted article = ((ExtractionOutcome.Article) extracted).event();
        int eventBytes = codec.encode(article).length;
        if (eventBytes > maxEventBytes) {
            finishFailed(submission, ReasonCodes.TOO_LARGE, "the extracted article is " + eventBytes
                    + " bytes as an event, consumers accept at most " + maxEventBytes);
            return;
        }
        publisher.publish(Topics.ARTICLES_EXTRACTED, article)
                .get(props.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        status.report(submission, SubmissionState.EXTRACTED, article.articleId(), article.content().title());
        meters.counter(OUTCOME_COUNTER, "outcome", SubmissionState.EXTRACTED.name()).increment();
        log.info("submission {} extracted as article {} from {} in {} ms", submission.submissionId(),
                article.articleId(), article.url(), (System.nanoTime() - started) / 1_000_000);
    }

    private void finishFailed(SubmissionRequested submission, String reasonCode, String message) throws Exception {
        status.failed(submission, reasonCode, message);
        meters.counter(OUTCOME_COUNTER, "outcome", reasonCode).increment();
        log.info("submission {} failed: {} {} ({})", submission.submissionId(), reasonCode, message, submission.url());
    }
}
