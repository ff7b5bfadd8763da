package io.newsflow.sources.poll;

import io.newsflow.contracts.SourceKind;
import io.newsflow.contracts.SourceSubscription;
import io.newsflow.sources.parse.SourceDocument;
import io.newsflow.sources.parse.SourceDocumentParser;
import io.newsflow.sources.parse.SourceEntry;
import io.newsflow.sources.spi.FetchedSource;
import io.newsflow.sources.spi.SourceFetcher;
import io.newsflow.sources.spi.SourceRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Fetches a subscription's document conditionally and parses it; for a sitemap index, fetches its child
 * sitemaps one after the other (polite: they are usually on the same host), at most {@code maxChildSitemaps}.
 * A child that fails is a problem of the poll, not its end; a nested index is not followed (one level, as
 * the sitemap protocol intends).
 */
final class Harvester {

    private final SourceFetcher fetcher;
    private final SourceDocumentParser parser;
    private final int maxChildSitemaps;

    Harvester(SourceFetcher fetcher, SourceDocumentParser parser, int maxChildSitemaps) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.maxChildSitemaps = maxChildSitemaps;
    }

    /** Fails with the fetcher's {@code SourceFetchException} or a {@code MalformedSourceException}. */
    Mono<Harvest> harvest(SourceSubscription subscription) {
        SourceRequest request = new SourceRequest(URI.create(subscription.url()), subscription.etag(),
                subscription.lastModified());
        return fetcher.fetch(request).flatMap(answer -> answer.notModified()
                ? Mono.just(new Harvest(answer, null, List.of(), List.of()))
                : parse(answer, subscription.kind()).flatMap(document -> withChildren(answer, document)));
    }

    private Mono<SourceDocument> parse(FetchedSource answer, SourceKind expected) {
        // Parsing a 10 MB sitemap takes a while: off the fetcher's event loop.
        return Mono.fromCallable(() -> parser.parse(answer.body(), answer.finalUrl(), expected))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<Harvest> withChildren(FetchedSource answer, SourceDocument document) {
        if (!document.isSitemapIndex()) {
            return Mono.just(new Harvest(answer, document, document.entries(), List.of()));
        }
        List<String> problems = new ArrayList<>();
        List<URI> children = document.childSitemaps();
        if (children.size() > maxChildSitemaps) {
            problems.add((children.size() - maxChildSitemaps) + " child sitemaps over the limit of " + maxChildSitemaps
                    + " not fetched");
        }
        return Flux.fromIterable(children.subList(0, Math.min(children.size(), maxChildSitemaps)))
                .concatMap(child -> child(child, problems))
                .collectList()
                .map(lists -> new Harvest(answer, document, lists.stream().flatMap(List::stream).toList(),
                        List.copyOf(problems)));
    }

    private Mono<List<SourceEntry>> child(URI child, List<String> problems) {
        return fetcher.fetch(SourceRequest.of(child))
                .flatMap(answer -> parse(answer, SourceKind.SITEMAP))
                .map(document -> {
                    if (document.isSitemapIndex()) {
                        problems.add("child " + child + " is itself an index, not followed");
                    }
                    return document.entries();
                })
                .onErrorResume(error -> {
                    problems.add("child " + child + ": " + PollOutcomes.describe(error));
                    return Mono.just(List.of());
                });
    }
}
