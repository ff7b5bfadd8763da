package io.newsflow.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://News.Example/Story                      | https://news.example/Story",
            "http://news.example:80/a                        | http://news.example/a",
            "https://news.example:443/a                      | https://news.example/a",
            "https://news.example:8443/a                     | https://news.example:8443/a",
            "https://news.example/a#comments                 | https://news.example/a",
            "https://news.example                            | https://news.example/",
            "https://news.example/a?utm_source=x&id=7&utm_MEDIUM=y | https://news.example/a?id=7",
            "https://news.example/a?fbclid=abc&gclid=def     | https://news.example/a",
            "https://news.example/a?msclkid=1&yclid=2&_ga=3&mkt_tok=4&id=5 | https://news.example/a?id=5",
            "https://news.example/a?b=2&a=1&b=1              | https://news.example/a?a=1&b=2&b=1",
            "https://news.example/a?                         | https://news.example/a",
            "https://news.example./a                         | https://news.example/a",
            "https://user:secret@news.example/a              | https://news.example/a",
            "https://news.example/caf%C3%A9?q=%20x           | https://news.example/caf%C3%A9?q=%20x",
            "http://[2001:DB8::1]:80/a                       | http://[2001:db8::1]/a"})
    void normalisesToOneSpellingPerArticle(String url, String expected) {
        assertThat(UrlNormalizer.normalize(URI.create(url))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://news.example/a?utm_campaign=z | HTTPS://NEWS.EXAMPLE:443/a#top",
            "https://news.example/a?fbclid=1       | https://news.example/a"})
    void variantsOfTheSameArticleShareANormalForm(String one, String other) {
        assertThat(UrlNormalizer.normalize(URI.create(one))).isEqualTo(UrlNormalizer.normalize(URI.create(other)));
    }
}
