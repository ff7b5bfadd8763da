package io.newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLinkFilterTest {

    @Test
    void linksWithADateInThePathPointToArticles() {
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/2023/11/29/ministers-meet/")).isTrue();
    }

    @Test
    void headlineSlugsAndNumericIdsPointToArticles() {
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/world/nato-ministers-meet-in-brussels")).isTrue();
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/world/story/68123456")).isTrue();
    }

    @Test
    void homeSectionTagAndAuthorPagesAreNotArticles() {
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/category/europe/")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/tag/nato-summit-in-vilnius/")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/author/jane-doe-smith/")).isFalse();
    }

    @Test
    void socialShareLinksFilesAndOtherSchemesAreNotArticles() {
        assertThat(ArticleLinkFilter.pointsToArticle("https://twitter.com/intent/tweet-this-great-story")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("https://www.facebook.com/sharer/2023/11/29/x")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("https://news.example/2023/11/report-full-text.pdf")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("mailto:editor@news.example")).isFalse();
        assertThat(ArticleLinkFilter.pointsToArticle("not a url at all")).isFalse();
    }

    @Test
    void keepsPageOrderDropsRepeatsAndTheArticleItself() {
        String own = "https://news.example/2023/11/29/own-article-slug-here/";
        List<Link> kept = ArticleLinkFilter.articleLinks(List.of(
                new Link("https://news.example/2023/11/28/earlier-story/", "earlier"),
                new Link(own, "self"),
                new Link("https://news.example/about/", "about"),
                new Link("https://news.example/2023/11/28/earlier-story/", "again"),
                new Link("https://other.example/2023/10/01/background-piece/", "background")), own);
        assertThat(kept).extracting(Link::text).containsExactly("earlier", "background");
    }
}
