package io.newsflow.ingest.crawl;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.CrawlProperties;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.sources.spi.FetchedSource;
import io.newsflow.sources.spi.SourceFetchException;
import io.newsflow.sources.spi.SourceFetcher;
import io.newsflow.sources.spi.SourceRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * How the sources module fetches feeds and sitemaps: through the same polite fetcher as pages (robots.txt,
 * host queue and delay, retries, SSRF policy on every hop, timeouts, streamed size bound), but any content
 * type is read, up to {@code newsflow.crawl.max-source-size}, and the subscription's validators are sent.
 */
@Component
class PoliteSourceFetcher implements SourceFetcher {

    private final PoliteFetcher fetcher;
    private final long maxBytes;

    PoliteSourceFetcher(PoliteFetcher fetcher, CrawlProperties props) {
        this.fetcher = fetcher;
        this.maxBytes = props.maxSourceSize().toBytes();
    }

    @Override
    public Mono<FetchedSource> fetch(SourceRequest request) {
        return fetcher.fetch(FetchRequest.document(request.url(), request.ifNoneMatch(), request.ifModifiedSince(),
                        maxBytes))
                .flatMap(outcome -> {
                    if (outcome instanceof FetchOutcome.Fetched page) {
                        return Mono.just(new FetchedSource(page.status(), page.url(), page.contentType(), page.etag(),
                                page.lastModified(), page.body()));
                    }
                    if (outcome instanceof FetchOutcome.NotModified same) {
                        return Mono.just(new FetchedSource(FetchedSource.NOT_MODIFIED, same.url(), null, same.etag(),
                                same.lastModified(), null));
                    }
                    FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
                    return Mono.error(new SourceFetchException(request.url(), failed.reasonCode(),
                            ReasonCodes.HTTP_ERROR.equals(failed.reasonCode()) ? failed.httpStatus() : 0,
                            failed.message()));
                })
                .onErrorMap(error -> !(error instanceof SourceFetchException),
                        error -> new SourceFetchException(request.url(), ReasonCodes.PROCESSING_FAILED, 0,
                                "fetch failed: " + error, error));
    }
}
