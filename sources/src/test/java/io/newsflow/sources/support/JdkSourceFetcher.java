package io.newsflow.sources.support;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.sources.spi.FetchedSource;
import io.newsflow.sources.spi.SourceFetchException;
import io.newsflow.sources.spi.SourceFetcher;
import io.newsflow.sources.spi.SourceRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * A plain {@link SourceFetcher} over java.net.http for tests (no SSRF policy: it only ever talks to the
 * test's loopback server). It keeps the SPI's contract: 2xx or 304, anything else a SourceFetchException.
 */
public final class JdkSourceFetcher implements SourceFetcher {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @Override
    public Mono<FetchedSource> fetch(SourceRequest request) {
        if (!"127.0.0.1".equals(request.url().getHost())) {   // tests never touch the live web
            return Mono.error(new SourceFetchException(request.url(), ReasonCodes.BLOCKED_ADDRESS, 0,
                    "test fetcher only reaches 127.0.0.1"));
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(request.url()).timeout(Duration.ofSeconds(5)).GET();
        if (request.ifNoneMatch() != null) {
            http.header("If-None-Match", request.ifNoneMatch());
        }
        if (request.ifModifiedSince() != null) {
            http.header("If-Modified-Since", request.ifModifiedSince());
        }
        return Mono.fromFuture(() -> client.sendAsync(http.build(), HttpResponse.BodyHandlers.ofByteArray()))
                .onErrorMap(IOException.class, e -> new SourceFetchException(request.url(), ReasonCodes.UNREACHABLE, 0,
                        e.toString(), e))
                .map(response -> {
                    int status = response.statusCode();
                    if (status != 304 && (status < 200 || status > 299)) {
                        throw new SourceFetchException(request.url(), ReasonCodes.HTTP_ERROR, status, "HTTP " + status);
                    }
                    return new FetchedSource(status, response.uri(),
                            response.headers().firstValue("Content-Type").orElse(null),
                            response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null), response.body());
                });
    }
}
