package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.ingest.fetch.FetchOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

    private static final String CANONICAL =
            "https://ir-ia.com/nato-foreign-ministers-meet-in-brussels-to-discuss-russia-ukraine-war/";
    private static final Instant FETCHED_AT = Instant.parse("2024-01-02T03:04:05Z");

    private final ArticleAssembler assembler = new ArticleAssembler(new ArticleExtractor());

    @Test
    void theArticleIdComesFromThePagesCanonicalUrl() throws IOException {
        URI servedFrom = URI.create("https://www.ir-ia.com/?p=4711&utm_source=newsletter");

        ArticleExtracted article = article(assembler.assemble("s-1", "feed:abc", page(servedFrom, natoPage())));

        assertThat(article.canonicalUrl()).isEqualTo(CANONICAL);
        assertThat(article.articleId()).isEqualTo(ArticleIds.of(CANONICAL));
        assertThat(article.url()).isEqualTo(servedFrom.toString());
        assertThat(article.submissionId()).isEqualTo("s-1");
        assertThat(article.source()).isEqualTo("feed:abc");
        assertThat(article.content().title()).isEqualTo("NATO Foreign Ministers meet in Brussels to discuss Russia-Ukraine war");
        assertThat(article.content().body()).contains("Stoltenberg").doesNotContain("Back to Top");
        assertThat(article.revision().fetchedAt()).isEqualTo(FETCHED_AT);
        assertThat(article.revision().contentHash())
                .isEqualTo(ArticleAssembler.contentHash(article.content().title(), article.content().body()))
                .hasSize(64);
    }

    @Test
    void withoutAUsableCanonicalTheNormalisedFetchedUrlIsTheIdentity() throws IOException {
        byte[] html = natoPage().replace(CANONICAL, "ftp://elsewhere.example/x").getBytes(StandardCharsets.UTF_8);
        URI servedFrom = URI.create("HTTP://News.Example:80/story?utm_source=x&id=7#top");

        ArticleExtracted article = article(assembler.assemble("s-2", page(servedFrom, html)));

        assertThat(article.canonicalUrl()).isEqualTo("http://news.example/story?id=7");
        assertThat(article.articleId()).isEqualTo(ArticleIds.of("http://news.example/story?id=7"));
    }

    @Test
    void aCanonicalOnAnotherRegistrableDomainIsNotTrusted() throws IOException {
        URI servedFrom = URI.create("http://127.0.0.1:8099/story?utm_source=newsletter");

        ArticleExtracted article = article(assembler.assemble("s-4", page(servedFrom, natoPage())));

        assertThat(article.canonicalUrl()).isEqualTo("http://127.0.0.1:8099/story");
        assertThat(article.articleId()).isEqualTo(ArticleIds.of("http://127.0.0.1:8099/story"));
        assertThat(ArticleAssembler.canonicalUrl("https://www.bbc.co.uk/news/1", URI.create("https://news.bbc.co.uk/x")))
                .isEqualTo("https://www.bbc.co.uk/news/1");
        assertThat(ArticleAssembler.canonicalUrl("https://bbc.co.uk.evil.example/1", URI.create("https://www.bbc.co.uk/x")))
                .isEqualTo("https://www.bbc.co.uk/x");
        assertThat(ArticleAssembler.canonicalUrl("https://other.github.io/post", URI.create("https://me.github.io/post")))
                .isEqualTo("https://me.github.io/post");
        assertThat(ArticleAssembler.canonicalUrl("http://127.0.0.41:8080/a", URI.create("http://127.0.0.42:8080/b")))
                .isEqualTo("http://127.0.0.42:8080/b");
        assertThat(ArticleAssembler.canonicalUrl("http://127.0.0.41:8080/a", URI.create("http://127.0.0.41:8080/b")))
                .isEqualTo("http://127.0.0.41:8080/a");
    }

    @Test
    void aPageWithoutArticleTextIsNoArticle() {
        byte[] html = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        ExtractionOutcome outcome = assembler.assemble("s-3", page(URI.create("https://news.example/"), html));

        assertThat(outcome).isInstanceOf(ExtractionOutcome.NoArticle.class);
        assertThat(((ExtractionOutcome.NoArticle) outcome).message()).isNotBlank();
    }

    @Test
    void theContentHashChangesWithTitleOrBodyAndKeepsTheirBoundary() {
        String hash = ArticleAssembler.contentHash("Title", "Body");
        assertThat(ArticleAssembler.contentHash("Title", "Body")).isEqualTo(hash);
        assertThat(ArticleAssembler.contentHash("Title!", "Body")).isNotEqualTo(hash);
        assertThat(ArticleAssembler.contentHash("Title", "Body.")).isNotEqualTo(hash);
        assertThat(ArticleAssembler.contentHash("TitleB", "ody")).isNotEqualTo(hash);
    }

    private static ArticleExtracted article(ExtractionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ExtractionOutcome.Article.class);
        return ((ExtractionOutcome.Article) outcome).event();
    }

    private static FetchOutcome.Fetched page(URI url, String html) {
        return page(url, html.getBytes(StandardCharsets.UTF_8));
    }

    private static FetchOutcome.Fetched page(URI url, byte[] html) {
        return new FetchOutcome.Fetched(url, "text/html; charset=utf-8", html, FETCHED_AT);
    }

    private static String natoPage() throws IOException {
        try (InputStream in = ArticleAssemblerTest.class.getResourceAsStream("/pages/iria-nato-foreign-ministers/index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
