package io.newsflow.extractor.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    private final Keywords comments = Keywords.fragments("comment", "related").withTokens("ad", "promo");

    @Test
    void fragmentsMatchAnywhereAndTokensOnlyWhole() {
        assertThat(comments.matches("Comment-List")).isTrue();
        assertThat(comments.matches("post related-posts")).isTrue();
        assertThat(comments.matches("ad-slot top")).isTrue();
        assertThat(comments.matches("head")).isFalse();
        assertThat(comments.matchesLowerCase("node-promoted")).isFalse();
    }

    @Test
    void fragmentsMatchAtEitherEndAndWithNonAsciiFirstLetters() {
        Keywords k = Keywords.fragments("nav", "navigation", "ähnlich", "ad");
        assertThat(k.matchesLowerCase("top-nav")).isTrue();
        assertThat(k.matchesLowerCase("na")).isFalse();
        assertThat(k.matchesLowerCase("ähnliche-artikel")).isTrue();
        assertThat(k.matchesLowerCase("header")).isTrue();
        assertThat(k.matchesLowerCase("body")).isFalse();
    }

    @Test
    void aFragmentInsideTheStartOfAnotherIsFoundThroughTheFailureLinks() {
        Keywords k = Keywords.fragments("subscribe", "scribe-box", "aab");
        assertThat(k.matchesLowerCase("subscribe-bo")).isTrue();            // "subscribe" itself
        assertThat(k.matchesLowerCase("sub-scribe-box")).isTrue();          // after a broken "subscribe"
        assertThat(k.matchesLowerCase("aaab")).isTrue();                    // "aa" then "aab"
        assertThat(k.matchesLowerCase("subscrib scribe-bo")).isFalse();
        assertThat(k.matchesLowerCase("su\u00dfscribe-b\u00f6x")).isFalse(); // characters no fragment has
    }

    @Test
    void capitalsMatchWhetherTheTextIsAsciiOrNot() {
        Keywords k = Keywords.fragments("/author/", "ähnlich");
        assertThat(k.matches("https://example.org/AUTHOR/jane-doe")).isTrue();          // ASCII: letters folded
        assertThat(k.matches("https://example.org/Autorin/jane")).isFalse();
        assertThat(k.matches("https://example.org/Author/J\u00f6rg-M\u00fcller")).isTrue(); // not ASCII: lower-cased copy
        assertThat(k.matches("\u00c4HNLICHE-Artikel")).isTrue();
    }

    @Test
    void aGroupTellsWhichListsMatchInOnePass() {
        Keywords.Group group = Keywords.group(Keywords.fragments("byline", "author"), Keywords.fragments("date", "time"),
                Keywords.fragments("contact-person"));
        assertThat(group.matchesLowerCase("post-author entry-date")).isEqualTo(0b011);
        assertThat(group.matchesLowerCase("contact-person-box")).isEqualTo(0b100);
        assertThat(group.matchesLowerCase("timeline byline contact-person")).isEqualTo(0b111);
        assertThat(group.matchesLowerCase("sidebar")).isZero();
    }
}
