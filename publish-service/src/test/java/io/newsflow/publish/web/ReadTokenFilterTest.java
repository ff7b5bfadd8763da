package io.newsflow.publish.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.publish.config.DefaultProperties;
import io.newsflow.publish.config.EditorTokens;
import io.newsflow.publish.config.PublishProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

class ReadTokenFilterTest {

    private static final EditorTokens EDITORS = new EditorTokens(List.of("editor-token"));

    @Test
    void readApiIsOpenWhenNoReadTokenIsSet() {
        assertThat(passes(new ReadTokenFilter(DefaultProperties.publish(), EDITORS), MockServerHttpRequest.get("/api/articles")))
                .isTrue();
    }

    @Test
    void withReadTokensReadsNeedOneAsHeaderOrQueryParameterOrAnEditorToken() {
        ReadTokenFilter filter = new ReadTokenFilter(withReadTokens("reader-1"), EDITORS);

        assertThatThrownBy(() -> passes(filter, MockServerHttpRequest.get("/api/articles")))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(401));
        assertThatThrownBy(() -> passes(filter, MockServerHttpRequest.get("/feeds/articles.atom")
                .header("Authorization", "Bearer reader-2"))).isInstanceOf(ErrorResponseException.class);
        assertThat(passes(filter, MockServerHttpRequest.get("/api/articles").header("Authorization", "Bearer reader-1")))
                .isTrue();
        assertThat(passes(filter, MockServerHttpRequest.get("/api/articles/stream?access_token=reader-1"))).isTrue();
        assertThat(passes(filter, MockServerHttpRequest.get("/api/tags").header("Authorization", "Bearer editor-token")))
                .isTrue();
    }

    @Test
    void editorPageAndApiDocumentStayOpen() {
        ReadTokenFilter filter = new ReadTokenFilter(withReadTokens("reader-1"), EDITORS);
        assertThat(passes(filter, MockServerHttpRequest.get("/"))).isTrue();
        assertThat(passes(filter, MockServerHttpRequest.get("/editor.js"))).isTrue();
        assertThat(passes(filter, MockServerHttpRequest.get("/api/docs"))).isTrue();
        assertThat(passes(filter, MockServerHttpRequest.post("/api/submissions"))).isTrue();
    }

    private static boolean passes(ReadTokenFilter filter, MockServerHttpRequest.BaseBuilder<?> request) {
        AtomicBoolean passed = new AtomicBoolean();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            passed.set(true);
            return Mono.empty();
        }).block();
        return passed.get();
    }

    private static PublishProperties withReadTokens(String... tokens) {
        PublishProperties d = DefaultProperties.publish();
        return new PublishProperties(d.defaultPageSize(), d.maxPageSize(), d.summaryTags(), d.heartbeatInterval(),
                d.storeTimeout(), d.publishTimeout(), d.indexTimeout(), d.ingestUrl(), d.ingestTimeout(),
                d.relatedLimit(), d.feedSize(), d.streamReplayLimit(), d.firstPageCacheTtl(), List.of(tokens),
                d.webhooks(), d.listingIndex(), d.listingRefreshInterval());
    }
}
