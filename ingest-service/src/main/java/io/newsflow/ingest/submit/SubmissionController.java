package io.newsflow.ingest.submit;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/submissions}: editors hand in URLs; 202 once the broker holds them. */
@RestController
class SubmissionController {

    private final SubmissionValidator validator;
    private final SubmissionIntake intake;

    SubmissionController(SubmissionValidator validator, SubmissionIntake intake) {
        this.validator = validator;
        this.intake = intake;
    }

    @PostMapping(path = "/api/submissions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<List<SubmissionReceipt>> submit(@RequestBody SubmissionRequest request) {
        return intake.submit(validator.urlsOf(request));
    }
}
