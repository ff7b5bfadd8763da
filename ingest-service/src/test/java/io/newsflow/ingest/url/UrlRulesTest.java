package io.newsflow.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/2024/01/01/story", "http://news.example", "HTTPS://News.Example/a?b=c#d",
            "http://127.0.0.1:8080/page", "http://[::1]/x"})
    void acceptsAbsoluteHttpUrlsWithAHost(String url) {
        assertThat(UrlRules.problemWith(url)).isEmpty();
    }

    @Test
    void refusesOtherSchemes() {
        assertThat(UrlRules.problemWith("ftp://news.example/file")).contains("must use http or https");
        assertThat(UrlRules.problemWith("file:///etc/passwd")).contains("must use http or https");
        assertThat(UrlRules.problemWith("javascript:alert(1)")).contains("must use http or https");
    }

    @Test
    void refusesRelativeUrlsAndUrlsWithoutAHost() {
        assertThat(UrlRules.problemWith("/relative/path")).contains("must use http or https");
        assertThat(UrlRules.problemWith("http:///no-host")).contains("has no host");
        assertThat(UrlRules.problemWith("https:opaque")).contains("has no host");
    }

    @Test
    void refusesUrlsLongerThan2048Characters() {
        String prefix = "https://news.example/";
        String atLimit = prefix + "a".repeat(UrlRules.MAX_LENGTH - prefix.length());
        assertThat(UrlRules.problemWith(atLimit)).isEmpty();
        assertThat(UrlRules.problemWith(atLimit + "a")).contains("is longer than 2048 characters");
    }

    @Test
    void refusesEmptyAndUnparsableUrls() {
        assertThat(UrlRules.problemWith("")).contains("must not be empty");
        assertThat(UrlRules.problemWith(null)).contains("must not be empty");
        assertThat(UrlRules.problemWith("http://news.example/a b")).get().asString().startsWith("is not a valid URL");
    }
}
