package io.newsflow.ingest.submit;

import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.url.UrlRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Checks a submission request and returns its URLs (trimmed), or throws naming every bad field. */
@Component
class SubmissionValidator {

    private final IngestProperties props;

    SubmissionValidator(IngestProperties props) {
        this.props = props;
    }

    List<String> urlsOf(SubmissionRequest request) {
        if (request.url() != null && request.urls() != null) {
            throw invalid("url", "cannot be combined with urls: send one or the other");
        }
        if (request.url() != null) {
            check("url", request.url()).ifPresent(error -> {
                throw new InvalidSubmissionException(List.of(error));
            });
            return List.of(request.url().trim());
        }
        List<String> urls = request.urls();
        if (urls == null || urls.isEmpty()) {
            throw invalid("urls", "must list 1 to " + props.maxUrlsPerRequest() + " URLs (or send a single url)");
        }
        if (urls.size() > props.maxUrlsPerRequest()) {
            throw invalid("urls", "lists " + urls.size() + " URLs, at most " + props.maxUrlsPerRequest()
                    + " are accepted per request");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            check("urls[" + i + "]", urls.get(i)).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return urls.stream().map(String::trim).toList();
    }

    private static Optional<FieldError> check(String field, String url) {
        return UrlRules.problemWith(url).map(problem -> new FieldError(field, problem));
    }

    private static InvalidSubmissionException invalid(String field, String message) {
        return new InvalidSubmissionException(List.of(new FieldError(field, message)));
    }
}
