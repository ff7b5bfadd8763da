package io.newsflow.publish.submission;

import io.newsflow.publish.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/submissions/{id}}: a submission's state and history; 404 problem when unknown. */
@RestController
class SubmissionController {

    private final SubmissionStore store;

    SubmissionController(SubmissionStore store) {
        this.store = store;
    }

    @GetMapping("/api/submissions/{id}")
    Mono<SubmissionView> submission(@PathVariable String id) {
        if (!Problems.isPlausibleId(id)) {
            return Mono.error(Problems.notFound("submission", id));
        }
        return store.find(id).switchIfEmpty(Mono.error(() -> Problems.notFound("submission", id)));
    }
}
