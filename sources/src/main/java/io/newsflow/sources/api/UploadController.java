package io.newsflow.sources.api;

import io.newsflow.sources.parse.MalformedSourceException;
import io.newsflow.sources.parse.OpmlDocument;
import io.newsflow.sources.parse.OpmlReader;
import io.newsflow.sources.parse.ParseLimits;
import io.newsflow.sources.parse.SubmittableUrls;
import io.newsflow.sources.parse.UrlList;
import io.newsflow.sources.parse.UrlListReader;
import io.newsflow.sources.spi.SubmissionSink;
import io.newsflow.sources.spi.SubmissionSink.SubmittedUrl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/submissions/upload}: a plain-text list (one URL per line, {@code #} comments) is
 * submitted with source {@code upload}; an OPML file subscribes its feed outlines ({@code xmlUrl}) and
 * submits its link outlines ({@code type="link" url=…}). Answers 202 with what was accepted and what was
 * refused; 400 when nothing at all was acceptable; 413 over the size bound; 415 for another content type.
 */
@RestController
class UploadController extends ProblemHandling {

    static final String SOURCE = "upload";
    private static final Set<String> OPML_TYPES = Set.of("text/x-opml", "application/xml", "text/xml",
            "application/x-opml", "text/opml");

    private final SubmissionSink sink;
    private final Subscriber subscriber;
    private final ParseLimits limits;

    UploadController(SubmissionSink sink, Subscriber subscriber, ParseLimits limits) {
        this.sink = sink;
        this.subscriber = subscriber;
        this.limits = limits;
    }

    @PostMapping("/api/submissions/upload")
    Mono<ResponseEntity<UploadReceipt>> upload(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        String essence = type == null ? "" : type.getType() + "/" + type.getSubtype();
        boolean text = essence.equals("text/plain");
        if (!text && !OPML_TYPES.contains(essence)) {
            return Mono.error(new SourceApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "upload text/plain (one URL per line) or OPML (text/x-opml, application/xml, text/xml)"));
        }
        return body(request).flatMap(bytes -> text ? list(bytes) : opml(bytes)).map(this::answer);
    }

    private Mono<byte[]> body(ServerHttpRequest request) {
        return DataBufferUtils.join(request.getBody(), limits.maxDocumentBytes())
                .map(UploadController::bytes)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> new SourceApiException(HttpStatus.CONTENT_TOO_LARGE,
                        "upload larger than " + limits.maxDocumentBytes() + " bytes"));
    }

    private Mono<UploadReceipt> list(byte[] body) {
        UrlList list = UrlListReader.read(body, limits);
        List<UploadReceipt.UploadError> errors = list.errors().stream()
                .map(e -> new UploadReceipt.UploadError(e.line(), null, e.message())).toList();
        return submit(list.urls()).map(submitted -> new UploadReceipt(submitted, List.of(), List.of(), errors));
    }

    private Mono<UploadReceipt> opml(byte[] body) {
        OpmlDocument document;
        try {
            document = OpmlReader.read(body, limits);
        } catch (MalformedSourceException e) {
            return Mono.error(new SourceApiException(HttpStatus.BAD_REQUEST, "unreadable OPML: " + e.getMessage()));
        }
        List<UploadReceipt.UploadError> errors = Collections.synchronizedList(new ArrayList<>());
        List<SourceView> subscribed = Collections.synchronizedList(new ArrayList<>());
        List<SourceView> existing = Collections.synchronizedList(new ArrayList<>());
        List<String> links = new ArrayList<>();
        for (String link : document.links()) {
            String problem = SubmittableUrls.problemOf(link);
            if (problem == null) {
                links.add(link);
            } else {
                errors.add(new UploadReceipt.UploadError(null, link, problem));
            }
        }
        if (document.truncated()) {
            errors.add(new UploadReceipt.UploadError(null, null, "more than " + limits.maxEntries()
                    + " outlines: the rest were not read"));
        }
        Mono<Void> subscriptions = Flux.fromIterable(document.feeds())
                .concatMap(feed -> subscriber.subscribe(feed.xmlUrl(), null, null)
                        .doOnNext(s -> (s.created() ? subscribed : existing).add(SourceView.of(s.subscription())))
                        .onErrorResume(SourceApiException.class, e -> {
                            errors.add(new UploadReceipt.UploadError(null, feed.xmlUrl(), e.getMessage()));
                            return Mono.empty();
                        }))
                .then();
        return subscriptions.then(submit(links))
                .map(submitted -> new UploadReceipt(submitted, List.copyOf(subscribed), List.copyOf(existing),
                        List.copyOf(errors)));
    }

    private Mono<List<SubmittedUrl>> submit(List<String> urls) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += SubmissionSink.MAX_BATCH) {
            batches.add(urls.subList(from, Math.min(urls.size(), from + SubmissionSink.MAX_BATCH)));
        }
        List<SubmittedUrl> done = Collections.synchronizedList(new ArrayList<>());
        return Flux.fromIterable(batches)
                .concatMap(batch -> sink.submit(batch, SOURCE).doOnNext(done::addAll))
                .then(Mono.fromSupplier(() -> List.copyOf(done)))
                .onErrorMap(e -> !(e instanceof SourceApiException), e -> new SourceApiException(
                        HttpStatus.SERVICE_UNAVAILABLE, "submitting failed after " + done.size() + " of " + urls.size()
                        + " URLs (those were accepted); send the rest again: " + e.getMessage(),
                        Map.of("submitted", List.copyOf(done))));
    }

    private ResponseEntity<UploadReceipt> answer(UploadReceipt receipt) {
        if (receipt.submitted().isEmpty() && receipt.subscribed().isEmpty() && receipt.existing().isEmpty()) {
            throw new SourceApiException(HttpStatus.BAD_REQUEST, receipt.errors().isEmpty()
                    ? "the upload lists no URL" : "no URL of the upload could be accepted",
                    Map.of("errors", receipt.errors()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
