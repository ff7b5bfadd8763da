package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void termsAreFoldedToLowerCaseWithoutAccentsStopWordsOrSingleLetters() {
        assertThat(SearchTerms.of("Sommet sur le Climat à Paris: les Émissions d'Europe"))
                .containsExactly("sommet", "sur", "climat", "paris", "emissions", "europe");
    }

    @Test
    void repeatedTermsAppearOnce() {
        assertThat(SearchTerms.of("NATO, nato and NATO's allies")).containsExactly("nato", "allies");
    }

    @Test
    void collectStopsAfterTheGivenNumberOfNewTerms() {
        assertThat(SearchTerms.collect("one two three four", new LinkedHashSet<>(), 2)).containsExactly("one", "two");
    }
}
