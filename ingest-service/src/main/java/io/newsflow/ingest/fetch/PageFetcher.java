package io.newsflow.ingest.fetch;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.url.UrlRules;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;

/**
 * Fetches one HTML page with hard bounds: connect, read and total time, body size (cut off on the wire,
 * checked again after decoding), redirects (each hop re-checked from scratch) and content type. Every
 * connection goes through the {@link GuardedAddressResolverGroup}, so no hop reaches an internal
 * address. Each request of a fetch, the first and every redirect hop, passes through a {@link HopGate}
 * (the crawler's robots.txt and per-host turn), so a hop to another host waits for that host's turn and
 * obeys its robots.txt. The total time bounds the requests themselves, not the waits for a turn. The result
 * is always a {@link FetchOutcome}; nothing is thrown.
 */
public final class PageFetcher {

    /** What every request of a fetch passes through: the first one and each redirect hop. */
    public interface HopGate {

        /** No rules and no turns: each request goes at once. */
        HopGate OPEN = new HopGate() {
            @Override
            public <T> Mono<T> run(URI url, Mono<T> request, Function<FetchOutcome.Failed, T> refused) {
                return request;
            }
        };

        /**
         * Runs {@code request}, the request for {@code url}, when it may go, or answers
         * {@code refused.apply(reason)} without making it.
         */
        <T> Mono<T> run(URI url, Mono<T> request, Function<FetchOutcome.Failed, T> refused);
    }

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final int NOT_MODIFIED = 304;
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Prefer HTML; anything else is refused on arrival anyway, the header just saves the server's effort. */
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private final FetchProperties props;
    private final FetchTimeouts timeouts;
    private final AddressPolicy policy;
    private final HttpClient client;
    private final Clock clock;

    public PageFetcher(FetchProperties props, HostResolver dns, Clock clock) {
        this.props = props;
        this.timeouts = new FetchTimeouts(props.connectTimeout(), props.readTimeout(), props.totalTimeout());
        this.policy = new AddressPolicy(props.allow());
        this.clock = clock;
        // A fresh connection per fetch: nothing pooled outlives the address check that admitted it.
        this.client = HttpClient.newConnection()
                .resolver(new GuardedAddressResolverGroup(policy, dns))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(props.connectTimeout().toMillis()))
                .responseTimeout(props.readTimeout())
                .followRedirect(false)
                .compress(false)
                .headers(headers -> headers
                        .set(HttpHeaderNames.USER_AGENT, props.userAgent())
                        .set(HttpHeaderNames.ACCEPT, ACCEPT)
                        .set(HttpHeaderNames.ACCEPT_ENCODING, ContentDecoding.ACCEPTED));
    }

    /** Fetches the HTML page at {@code url}, following at most the configured number of redirects. */
    public Mono<FetchOutcome> fetch(URI url) {
        return fetch(FetchRequest.page(url));
    }

    /** Fetches what {@code request} says, following at most the configured number of redirects. */
    public Mono<FetchOutcome> fetch(FetchRequest request) {
        return fetch(request, HopGate.OPEN);
    }

    /** Fetches what {@code request} says, each request (first and redirect hops) through {@code gate}. */
    public Mono<FetchOutcome> fetch(FetchRequest request, HopGate gate) {
        URI url = request.url();
        // Fresh redirect history and time budget per subscription.
        return Mono.defer(() -> hop(request, 0, new HashSet<>(), gate, new AtomicLong(props.totalTimeout().toNanos())))
                .onErrorResume(error -> Mono.just(FetchErrors.toFailure(url, error, timeouts)));
    }

    private Mono<FetchOutcome> hop(FetchRequest request, int redirects, Set<URI> visited, HopGate gate,
                                   AtomicLong budgetNanos) {
        URI url = request.url();
        Optional<FetchOutcome.Failed> refused = refuseBeforeConnecting(url);
        if (refused.isPresent()) {
            return Mono.just(refused.get());
        }
        visited.add(url);
        HttpClient configured = !request.conditional() ? client : client.headers(headers -> {
            if (request.ifNoneMatch() != null) {
                headers.set(HttpHeaderNames.IF_NONE_MATCH, request.ifNoneMatch());
            }
            if (request.ifModifiedSince() != null) {
                headers.set(HttpHeaderNames.IF_MODIFIED_SINCE, request.ifModifiedSince());
            }
        });
        Mono<Hop> exchange = Mono.defer(() -> {
            long started = System.nanoTime();
            return configured.get().uri(url)
                    .response((response, body) -> read(request, response, body))
                    .single()
                    // What is left of the total time: the requests so far used the rest.
                    .timeout(Duration.ofNanos(Math.max(0, budgetNanos.get())))
                    .doFinally(signal -> budgetNanos.addAndGet(started - System.nanoTime()));
        }).onErrorResume(error -> Mono.just(new Hop(FetchErrors.toFailure(url, error, timeouts), null)));
        return gate.run(url, exchange, refusal -> new Hop(refusal, null))
                .flatMap(hop -> hop.redirectTo() == null ? Mono.just(hop.outcome())
                        : follow(request, hop.redirectTo(), redirects, visited, gate, budgetNanos));
    }

    private Mono<FetchOutcome> follow(FetchRequest request, URI target, int redirects, Set<URI> visited,
                                      HopGate gate, AtomicLong budgetNanos) {
        URI from = request.url();
        if (visited.contains(target)) {
            return Mono.just(new FetchOutcome.Failed(from, ReasonCodes.TOO_MANY_REDIRECTS,
                    "redirect loop: " + from + " leads back to " + target));
        }
        if (redirects >= props.maxRedirects()) {
            return Mono.just(new FetchOutcome.Failed(from, ReasonCodes.TOO_MANY_REDIRECTS,
                    "more than " + props.maxRedirects() + " redirects"));
        }
        return hop(request.to(target), redirects + 1, visited, gate, budgetNanos);
    }

    private Optional<FetchOutcome.Failed> refuseBeforeConnecting(URI url) {
        Optional<String> invalid = UrlRules.problemWith(url.toString());
        if (invalid.isPresent()) {
            return Optional.of(new FetchOutcome.Failed(url, ReasonCodes.INVALID_URL, "URL " + invalid.get()));
        }
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return policy.refuseHost(url.getHost(), port)
                .map(reason -> new FetchOutcome.Failed(url, ReasonCodes.BLOCKED_ADDRESS, reason));
    }

    private Mono<Hop> read(FetchRequest request, HttpClientResponse response, ByteBufFlux body) {
        URI url = request.url();
        int status = response.status().code();
        if (REDIRECT_STATUSES.contains(status)) {
            return Mono.just(redirect(url, status, response.responseHeaders().get(HttpHeaderNames.LOCATION)));
        }
        String etag = response.responseHeaders().get(HttpHeaderNames.ETAG);
        String lastModified = response.responseHeaders().get(HttpHeaderNames.LAST_MODIFIED);
        if (status == NOT_MODIFIED && request.conditional()) {
            return Mono.just(new Hop(new FetchOutcome.NotModified(url, etag != null ? etag : request.ifNoneMatch(),
                    lastModified != null ? lastModified : request.ifModifiedSince()), null));
        }
        long maxBytes = request.maxBytes() > 0 ? request.maxBytes() : props.maxBodySize().toBytes();
        Optional<FetchOutcome.Failed> refused = refuseByHeaders(request, response, maxBytes, clock);
        if (refused.isPresent()) {
            return Mono.just(new Hop(refused.get(), null));   // the body is never read; the connection is closed
        }
        String contentType = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        ContentDecoding decoding;
        try {
            decoding = ContentDecoding.of(response.responseHeaders().get(HttpHeaderNames.CONTENT_ENCODING));
        } catch (UndecodableBodyException e) {
            return Mono.just(new Hop(new FetchOutcome.Failed(url, ReasonCodes.UNSUPPORTED_CONTENT_TYPE, e.getMessage()), null));
        }
        return body.asByteArray()
                .reduceWith(() -> new BoundedBody(maxBytes), BoundedBody::append)
                .handle((collected, sink) -> {
                    try {
                        sink.next(new Hop(new FetchOutcome.Fetched(url, contentType,
                                decoding.decode(collected.toByteArray(), maxBytes), clock.instant(), status, etag,
                                lastModified), null));
                    } catch (BodyTooLargeException | UndecodableBodyException e) {
                        sink.error(e);
                    }
                });
    }

    /** A failure decided by status and headers alone: error status, not HTML, declared too large. */
    private static Optional<FetchOutcome.Failed> refuseByHeaders(FetchRequest request, HttpClientResponse response,
                                                                 long maxBytes, Clock clock) {
        URI url = request.url();
        int status = response.status().code();
        if (status < 200 || status > 299) {
            return Optional.of(new FetchOutcome.Failed(url, ReasonCodes.HTTP_ERROR,
                    ("HTTP " + status + " " + response.status().reasonPhrase()).trim(), status,
                    RetryAfter.parse(response.responseHeaders().get(HttpHeaderNames.RETRY_AFTER), clock.instant())));
        }
        String contentType = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        if (!request.anyContentType() && !isHtml(contentType)) {
            return failed(url, ReasonCodes.UNSUPPORTED_CONTENT_TYPE, contentType == null
                    ? "the response has no content type" : "content type '" + contentType + "' is not HTML");
        }
        String declaredLength = response.responseHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        if (declaredLength != null && isLongerThan(declaredLength, maxBytes)) {
            return failed(url, ReasonCodes.TOO_LARGE, "body of " + declaredLength + " bytes is larger than "
                    + Sizes.describe(maxBytes));
        }
        return Optional.empty();
    }

    private static Hop redirect(URI from, int status, String location) {
        if (location == null || location.isBlank()) {
            return new Hop(new FetchOutcome.Failed(from, ReasonCodes.HTTP_ERROR,
                    "HTTP " + status + " redirect without a Location"), null);
        }
        try {
            return new Hop(null, from.resolve(location.trim()));
        } catch (IllegalArgumentException e) {
            return new Hop(new FetchOutcome.Failed(from, ReasonCodes.INVALID_URL,
                    "redirect to an invalid URL: " + location), null);
        }
    }

    private static Optional<FetchOutcome.Failed> failed(URI url, String reasonCode, String message) {
        return Optional.of(new FetchOutcome.Failed(url, reasonCode, message));
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return HTML_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    private static boolean isLongerThan(String declaredLength, long maxBytes) {
        try {
            return Long.parseLong(declaredLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;   // a broken header is ignored; the streamed count still bounds the body
        }
    }

    /** One request's result: a final outcome, or where to go next. */
    private record Hop(FetchOutcome outcome, URI redirectTo) {
    }
}
