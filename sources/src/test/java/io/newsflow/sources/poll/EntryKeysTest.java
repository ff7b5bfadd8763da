package io.newsflow.sources.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryKeysTest {

    @Test
    void variantsOfOneArticleShareAKey() {
        String key = EntryKeys.of("https://news.example.org/world/story?id=7&page=2");

        assertThat(EntryKeys.of("HTTPS://News.Example.org:443/world/story?page=2&id=7&utm_source=rss&fbclid=x#top"))
                .isEqualTo(key);
        assertThat(EntryKeys.of("https://news.example.org/world/story?id=7&page=3")).isNotEqualTo(key);
    }

    @Test
    void anEmptyPathIsTheRoot() {
        assertThat(EntryKeys.normalise("http://Example.com")).isEqualTo("http://example.com/");
        assertThat(EntryKeys.normalise("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
    }

    @Test
    void keysAreSixteenHexDigits() {
        assertThat(EntryKeys.of("https://a.example/1")).matches("[0-9a-f]{16}");
    }
}
