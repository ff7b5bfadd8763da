package io.newsflow.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the services, as an editor or a consumer does it. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (JacksonException e) {
                return null;
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Duration timeout;

    Http() {
        this(Duration.ofSeconds(20));
    }

    /** @param timeout longest wait for a whole answer */
    Http(Duration timeout) {
        this.timeout = timeout;
    }

    Response send(String method, String url, String contentType, byte[] body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response get(String url) {
        return send("GET", url, null, null, null);
    }

    /** A GET that answers null instead of failing while the service is down (restarts). */
    Response getOrNull(String url) {
        try {
            return get(url);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
