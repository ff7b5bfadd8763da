package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles as the trafilatura dev pages write them. */
class BlogOwnerTest {

    @Test
    void thePersonWhoseBlogOrHomePageItIsIsTheAuthor() {
        assertThat(BlogOwner.fromTitle("JSON parsing: simdjson vs. JSON for Modern C++ – Daniel Lemire's blog"))
                .isEqualTo("Daniel Lemire");
        assertThat(BlogOwner.fromTitle("Gregory Szorc's Digital Home\n  | Mercurial's Journey to and Reflections on Python 3"))
                .isEqualTo("Gregory Szorc");
        assertThat(BlogOwner.fromTitle("Anna Müller’s Weblog")).isEqualTo("Anna Müller");
    }

    @Test
    void publicationsHandlesAndPossessivesInHeadlinesAreNotOwners() {
        assertThat(BlogOwner.fromTitle("A Letter on Justice and Open Debate | Harper's Magazine")).isNull();
        assertThat(BlogOwner.fromTitle("NWO – PSYOP UNITEDWESTRIKE Radio-Marathon | Mywakenews's Blog")).isNull();
        assertThat(BlogOwner.fromTitle("11 things we learned from Meghan and Harry's interview - CNN")).isNull();
        assertThat(BlogOwner.fromTitle("Plumber jailed after boiler killed millionaire's daughter")).isNull();
        assertThat(BlogOwner.fromTitle(null)).isNull();
    }
}
