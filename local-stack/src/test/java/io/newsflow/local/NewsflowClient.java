package io.newsflow.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an editor or a consumer does over HTTP: submit URLs, read submissions and articles. */
final class NewsflowClient {

    record Response(int status, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalStack stack;

    NewsflowClient(LocalStack stack) {
        this.stack = stack;
    }

    Response submit(String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.ingestPort()
                        + "/api/submissions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Submits one URL with the editor token and returns its submission id. */
    String submitUrl(String url) {
        Response response = submit("{\"url\":\"" + url + "\"}", stack.editorToken());
        if (response.status() != 202) {
            throw new AssertionError("submission of " + url + " answered " + response.status() + ": " + response.body());
        }
        return response.body().get(0).get("id").asString();
    }

    Response get(String path) {
        return get(stack.publishPort(), path);
    }

    Response get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
