package io.newsflow.ingest.submit;

import io.newsflow.sources.spi.SubmissionSink;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * How the sources module (feed and sitemap polls, list uploads) submits URLs: exactly as
 * {@code POST /api/submissions} does (ACCEPTED, then the request), with the source recorded.
 */
@Component
class IntakeSubmissionSink implements SubmissionSink {

    private final SubmissionIntake intake;

    IntakeSubmissionSink(SubmissionIntake intake) {
        this.intake = intake;
    }

    @Override
    public Mono<List<SubmittedUrl>> submit(List<String> urls, String source) {
        if (urls.isEmpty()) {
            return Mono.just(List.of());
        }
        return intake.submit(urls, source)
                .map(receipts -> receipts.stream().map(r -> new SubmittedUrl(r.id(), r.url())).toList());
    }
}
