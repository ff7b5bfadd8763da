package io.newsflow.ingest.raw;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/replay}: re-extracts stored raw pages without fetching them. Exactly one of
 * {@code all=true}, {@code site=<host>} (the host and its subdomains) or {@code articleId=<id>}, as query
 * parameters or as a JSON body. Answers 202 with the counts once the new revisions are on the topic.
 */
@RestController
class ReplayController {

    private final RawPageReplayer replayer;

    ReplayController(RawPageReplayer replayer) {
        this.replayer = replayer;
    }

    /** The JSON body form. */
    record ReplayRequest(Boolean all, String site, String articleId) {
    }

    @PostMapping("/api/replay")
    Mono<ResponseEntity<RawPageReplayer.Result>> replay(@RequestParam(required = false) Boolean all,
                                                        @RequestParam(required = false) String site,
                                                        @RequestParam(required = false) String articleId,
                                                        @RequestBody(required = false) Mono<ReplayRequest> body) {
        return body.defaultIfEmpty(new ReplayRequest(null, null, null))
                .map(request -> selection(all != null ? all : request.all(), site != null ? site : request.site(),
                        articleId != null ? articleId : request.articleId()))
                .flatMap(selection -> Mono.fromCallable(() -> replayer.replay(selection))
                        .subscribeOn(Schedulers.boundedElastic()))
                .map(result -> ResponseEntity.status(HttpStatus.ACCEPTED).body(result));
    }

    private static RawPageReplayer.Selection selection(Boolean all, String site, String articleId) {
        int given = (Boolean.TRUE.equals(all) ? 1 : 0) + (blank(site) ? 0 : 1) + (blank(articleId) ? 0 : 1);
        if (given != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "give exactly one of all=true, site=<host> or articleId=<id>");
        }
        return Boolean.TRUE.equals(all) ? RawPageReplayer.Selection.all()
                : new RawPageReplayer.Selection(blank(site) ? null : site.trim(), blank(articleId) ? null : articleId.trim());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
