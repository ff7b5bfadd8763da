package io.newsflow.publish.webhook;

import io.newsflow.publish.article.ArticleFilters;
import io.newsflow.publish.article.ArticleFilters.Params;
import io.newsflow.publish.config.EditorTokens;
import io.newsflow.publish.config.Tokens;
import io.newsflow.publish.web.Problems;
import io.newsflow.publish.webhook.WebhookViews.DeliveryView;
import io.newsflow.publish.webhook.WebhookViews.WebhookRequest;
import io.newsflow.publish.webhook.WebhookViews.WebhookView;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Webhook management, for editors only (bearer token from {@code newsflow.editor.tokens}; else 401):
 * {@code POST /api/webhooks} registers a URL with filters (201, the secret is shown this once),
 * {@code GET /api/webhooks}, {@code GET /api/webhooks/{id}}, {@code DELETE /api/webhooks/{id}}, and
 * {@code GET /api/webhooks/{id}/deliveries} (newest first, with attempts and last status).
 */
@RestController
class WebhookController {

    static final int MAX_URL_LENGTH = 2_048;
    static final int MIN_SECRET_LENGTH = 16;
    static final int MAX_SECRET_LENGTH = 200;
    private static final Set<String> FILTER_NAMES = Set.of("tag", "entity", "topic", "site", "language", "q");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore store;
    private final WebhookDispatcher dispatcher;
    private final EditorTokens editors;

    WebhookController(WebhookStore store, WebhookDispatcher dispatcher, EditorTokens editors) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.editors = editors;
    }

    @Operation(summary = "Register a webhook (editor token); the answer holds its secret, shown once")
    @PostMapping("/api/webhooks")
    Mono<ResponseEntity<WebhookView>> register(@RequestBody(required = false) WebhookRequest request,
                                               ServerWebExchange exchange) {
        return authorized(exchange).then(Mono.fromCallable(() -> validated(request)))
                // Resolving the host blocks: off the event loop. Optional, as a null would end the Mono empty.
                .flatMap(valid -> Mono.fromCallable(() -> java.util.Optional.ofNullable(dispatcher.refusal(valid.url())))
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                        .flatMap(refusal -> refusal.isEmpty() ? Mono.just(valid)
                                : Mono.error(Problems.invalidParameter("url", "url is not allowed: " + refusal.get()))))
                .flatMap(valid -> store.create(UUID.randomUUID().toString(), valid.url().toString(),
                        valid.filter().toDocument(), valid.secret()))
                .map(created -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/webhooks/" + created.getString("_id")))
                        .body(WebhookStore.view(created, true)));
    }

    @Operation(summary = "List webhooks (editor token)")
    @GetMapping("/api/webhooks")
    Mono<Map<String, List<WebhookView>>> list(ServerWebExchange exchange) {
        return authorized(exchange).thenMany(store.all()).map(d -> WebhookStore.view(d, false)).collectList()
                .map(items -> Map.of("items", items));
    }

    @Operation(summary = "One webhook (editor token)")
    @GetMapping("/api/webhooks/{id}")
    Mono<WebhookView> one(@PathVariable String id, ServerWebExchange exchange) {
        return authorized(exchange).then(existing(id)).map(d -> WebhookStore.view(d, false));
    }

    @Operation(summary = "Delete a webhook (editor token)")
    @DeleteMapping("/api/webhooks/{id}")
    Mono<ResponseEntity<Void>> delete(@PathVariable String id, ServerWebExchange exchange) {
        return authorized(exchange).then(existing(id)).then(store.delete(id))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @Operation(summary = "Deliveries of a webhook, newest first (editor token)")
    @GetMapping("/api/webhooks/{id}/deliveries")
    Mono<Map<String, List<DeliveryView>>> deliveries(@PathVariable String id, ServerWebExchange exchange) {
        return authorized(exchange).then(existing(id)).thenMany(store.deliveries(id)).collectList()
                .map(items -> Map.of("items", items));
    }

    private Mono<org.bson.Document> existing(String id) {
        if (!Problems.isPlausibleId(id)) {
            return Mono.error(Problems.notFound("webhook", id));
        }
        return store.find(id).switchIfEmpty(Mono.error(() -> Problems.notFound("webhook", id)));
    }

    private Mono<Void> authorized(ServerWebExchange exchange) {
        return editors.accepts(Tokens.of(exchange)) ? Mono.empty() : Mono.error(Problems.unauthorized());
    }

    private record Valid(URI url, String secret, io.newsflow.publish.article.ArticleFilter filter) {
    }

    private static Valid validated(WebhookRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw Problems.invalidParameter("url", "url is required");
        }
        URI url;
        try {
            url = new URI(request.url().strip());
        } catch (URISyntaxException e) {
            throw Problems.invalidParameter("url", "url is not a valid URL");
        }
        if (request.url().length() > MAX_URL_LENGTH || url.getHost() == null || url.getScheme() == null
                || !Set.of("http", "https").contains(url.getScheme().toLowerCase()) || url.getUserInfo() != null) {
            throw Problems.invalidParameter("url", "url must be an http or https URL with a host, without credentials,"
                    + " at most " + MAX_URL_LENGTH + " characters");
        }
        String secret = request.secret();
        if (secret == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            secret = HexFormat.of().formatHex(random);
        } else if (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
            throw Problems.invalidParameter("secret", "secret must be " + MIN_SECRET_LENGTH + " to " + MAX_SECRET_LENGTH
                    + " characters");
        }
        Map<String, String> f = request.filters() == null ? Map.of() : request.filters();
        f.keySet().stream().filter(name -> !FILTER_NAMES.contains(name)).findFirst().ifPresent(name -> {
            throw Problems.invalidParameter("filters." + name, "unknown filter " + name + "; known: " + FILTER_NAMES);
        });
        return new Valid(url, secret, ArticleFilters.from(new Params(f.get("tag"), f.get("entity"), f.get("topic"),
                f.get("site"), f.get("language"), f.get("q"), null, null)));
    }
}
