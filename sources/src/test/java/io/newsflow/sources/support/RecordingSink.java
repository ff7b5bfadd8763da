package io.newsflow.sources.support;

import io.newsflow.sources.parse.SubmittableUrls;
import io.newsflow.sources.spi.SubmissionSink;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** A {@link SubmissionSink} that keeps what it was given, validating like the real one. */
public final class RecordingSink implements SubmissionSink {

    /** One submitted URL and its provenance. */
    public record Submitted(String url, String source) {
    }

    private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @Override
    public Mono<List<SubmittedUrl>> submit(List<String> urls, String source) {
        return Mono.fromCallable(() -> {
            if (urls.size() > MAX_BATCH) {
                throw new IllegalArgumentException("more than " + MAX_BATCH + " URLs in one call");
            }
            urls.forEach(url -> {
                if (!SubmittableUrls.isSubmittable(url)) {
                    throw new IllegalArgumentException("invalid URL " + url);
                }
            });
            batchSizes.add(urls.size());
            List<SubmittedUrl> receipts = new ArrayList<>();
            for (String url : urls) {
                submitted.add(new Submitted(url, source));
                receipts.add(new SubmittedUrl(UUID.randomUUID().toString(), url));
            }
            return receipts;
        });
    }

    public List<String> urlsFrom(String source) {
        return submitted.stream().filter(s -> s.source().equals(source)).map(Submitted::url).toList();
    }

    public List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }
}
