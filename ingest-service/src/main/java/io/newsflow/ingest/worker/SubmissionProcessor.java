package io.newsflow.ingest.worker;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.crawl.PoliteFetcher;
import io.newsflow.ingest.dedup.ArticleIndex;
import io.newsflow.ingest.extract.ArticleAssembler;
import io.newsflow.ingest.extract.ExtractionOutcome;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.raw.RawPages;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.ingest.url.UrlRules;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MessagingProperties;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One submission, start to end: FETCHING; conditional fetch when the URL is known (304 → DUPLICATE
 * NOT_MODIFIED); polite, retried fetch (failure → FAILED with its reason); extraction (no text →
 * FAILED NO_ARTICLE); duplicate check (same article and content → DUPLICATE UNCHANGED, another
 * article's body → DUPLICATE NEAR_DUPLICATE with {@code duplicateOf}); else the raw page, the article
 * and EXTRACTED. Every way the page can fail is a status; only the broker not acknowledging fails the Mono.
 */
@Component
class SubmissionProcessor {

    private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);
    static final String SERVICE = StatusReporter.SERVICE;
    /** Submissions that ended FAILED, tagged with the reason code. */
    static final String FAILED_COUNTER = "newsflow.submissions.failed";
    /** Submissions processed, tagged EXTRACTED, DUPLICATE or the failure's reason code. */
    static final String OUTCOME_COUNTER = "newsflow.ingest.submissions";
    /** Time spent in the extractor per page. */
    static final String EXTRACTION_TIMER = "newsflow.extraction.duration";
    static final String MDC_SUBMISSION = "submissionId";
    static final String MDC_ARTICLE = "articleId";

    private final PoliteFetcher fetcher;
    private final ArticleAssembler assembler;
    private final ArticleIndex index;
    private final StatusReporter status;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final RawPages rawPages;
    private final IngestProperties props;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int maxEventBytes;

    SubmissionProcessor(PoliteFetcher fetcher, ArticleAssembler assembler, ArticleIndex index, StatusReporter status,
                        EventPublisher publisher, EventCodec codec, IngestProperties props,
                        MessagingProperties messaging, MeterRegistry meters, Clock clock) {
        this.fetcher = fetcher;
        this.assembler = assembler;
        this.index = index;
        this.status = status;
        this.publisher = publisher;
        this.codec = codec;
        this.rawPages = new RawPages(props.maxRawPageBytes().toBytes());
        this.props = props;
        this.meters = meters;
        this.clock = clock;
        this.maxEventBytes = messaging.maxEventBytes();
    }

    Mono<Void> process(SubmissionRequested submission) {
        Optional<String> invalid = UrlRules.problemWith(submission.url());
        if (invalid.isPresent()) {
            return blocking(submission, null, () -> failed(submission, ReasonCodes.INVALID_URL, "URL " + invalid.get()));
        }
        URI url = UrlRules.parse(submission.url());
        String normalized = UrlNormalizer.normalize(url);
        Optional<ArticleIndex.KnownPage> known = index.page(normalized);
        FetchRequest request = known.map(page -> FetchRequest.page(url, page.etag(), page.lastModified()))
                .orElse(FetchRequest.page(url));
        long started = System.nanoTime();
        return blocking(submission, null, () -> {
                    status.report(submission, SubmissionState.FETCHING, null, null);
                    return null;
                })
                .then(fetcher.fetch(request))
                .flatMap(outcome -> blocking(submission, null, () -> afterFetch(submission, normalized, known,
                        outcome, started)))
                .then();
    }

    private Void afterFetch(SubmissionRequested submission, String normalized, Optional<ArticleIndex.KnownPage> known,
                            FetchOutcome outcome, long started) throws Exception {
        if (outcome instanceof FetchOutcome.Failed failure) {
            return failed(submission, failure.reasonCode(), failure.message());
        }
        if (outcome instanceof FetchOutcome.NotModified notModified) {
            String articleId = known.map(ArticleIndex.KnownPage::articleId).orElse(null);
            return duplicate(submission, articleId, ReasonCodes.NOT_MODIFIED, "not modified since the last fetch ("
                    + (notModified.etag() != null ? "ETag " + notModified.etag() : notModified.lastModified()) + ")");
        }
        FetchOutcome.Fetched page = (FetchOutcome.Fetched) outcome;
        Timer.Sample extraction = Timer.start(meters);
        ExtractionOutcome extracted = assembler.assemble(submission.submissionId(), submission.source(), page);
        extraction.stop(meters.timer(EXTRACTION_TIMER));
        if (extracted instanceof ExtractionOutcome.NoArticle none) {
            return failed(submission, ReasonCodes.NO_ARTICLE, none.message());
        }
        ArticleExtracted article = ((ExtractionOutcome.Article) extracted).event();
        MDC.put(MDC_ARTICLE, article.articleId());
        int eventBytes = codec.encode(article).length;
        if (eventBytes > maxEventBytes) {
            return failed(submission, ReasonCodes.TOO_LARGE, "the extracted article is " + eventBytes
                    + " bytes as an event, consumers accept at most " + maxEventBytes);
        }
        ArticleIndex.Claim claim = index.claim(article);
        if (claim instanceof ArticleIndex.Unchanged) {
            remember(normalized, article, page);
            return duplicate(submission, article.articleId(), ReasonCodes.UNCHANGED,
                    "same content as the newest revision of " + article.canonicalUrl());
        }
        if (claim instanceof ArticleIndex.NearDuplicate near) {
            send(SubmissionStatusChanged.nearDuplicate(submission.submissionId(), submission.url(),
                    article.articleId(), near.originalId(), "near-duplicate of article " + near.originalId() + " ("
                            + near.distance() + " of 64 SimHash bits differ)", SERVICE, clock.instant()));
            count(SubmissionState.DUPLICATE.name());
            log.info("submission {} is a near-duplicate of article {} ({})", submission.submissionId(),
                    near.originalId(), submission.url());
            return null;
        }
        Optional<RawPageFetched> raw = rawPages.of(article, page);
        if (raw.isPresent()) {
            publish(Topics.PAGES_RAW, raw.get());
        } else {
            log.warn("raw page of {} not kept: over {} gzipped", article.url(), props.maxRawPageBytes());
        }
        publish(Topics.ARTICLES_EXTRACTED, article);
        remember(normalized, article, page);
        status.report(submission, SubmissionState.EXTRACTED, article.articleId(), article.content().title());
        count(SubmissionState.EXTRACTED.name());
        log.info("submission {} extracted as article {} from {} in {} ms", submission.submissionId(),
                article.articleId(), article.url(), (System.nanoTime() - started) / 1_000_000);
        return null;
    }

    private void remember(String normalized, ArticleExtracted article, FetchOutcome.Fetched page) {
        ArticleIndex.KnownPage known = new ArticleIndex.KnownPage(article.articleId(), page.etag(),
                page.lastModified(), article.revision().contentHash());
        index.rememberPage(normalized, known);
        String served = UrlNormalizer.normalize(page.url());
        if (!served.equals(normalized)) {
            index.rememberPage(served, known);
        }
    }

    private Void failed(SubmissionRequested submission, String reasonCode, String message) throws Exception {
        status.failed(submission, reasonCode, message);
        meters.counter(FAILED_COUNTER, "reason", reasonCode).increment();
        count(reasonCode);
        log.info("submission {} failed: {} {} ({})", submission.submissionId(), reasonCode, message, submission.url());
        return null;
    }

    private Void duplicate(SubmissionRequested submission, String articleId, String reasonCode, String message)
            throws Exception {
        send(new SubmissionStatusChanged(SubmissionStatusChanged.SCHEMA_VERSION, submission.submissionId(),
                submission.url(), articleId, SubmissionState.DUPLICATE, reasonCode, message, SERVICE, clock.instant(),
                articleId));
        count(SubmissionState.DUPLICATE.name());
        log.info("submission {} is a duplicate ({}) of article {} ({})", submission.submissionId(), reasonCode,
                articleId, submission.url());
        return null;
    }

    private void count(String outcome) {
        meters.counter(OUTCOME_COUNTER, "outcome", outcome).increment();
    }

    private void send(SubmissionStatusChanged change) throws Exception {
        publish(Topics.SUBMISSION_STATUS, change);
    }

    private void publish(String topic, io.newsflow.contracts.NewsflowEvent event) throws Exception {
        publisher.publish(topic, event).get(props.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a blocking step (extraction, waiting for the broker) off the event loop, with the submission
     * (and article, once known) in the logging context.
     */
    private static <T> Mono<T> blocking(SubmissionRequested submission, String articleId, Callable<T> step) {
        return Mono.<T>fromCallable(() -> {
            MDC.put(MDC_SUBMISSION, submission.submissionId());
            if (articleId != null) {
                MDC.put(MDC_ARTICLE, articleId);
            }
            try {
                return step.call();
            } catch (StackOverflowError | LinkageError e) {
                // Reactor treats these as fatal and would never signal the Mono: the batch would hang until its
                // timeout. As an exception the record is retried and then dead-lettered (FAILED PROCESSING_FAILED).
                throw new IllegalStateException("processing failed: " + e, e);
            } finally {
                MDC.remove(MDC_SUBMISSION);
                MDC.remove(MDC_ARTICLE);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
