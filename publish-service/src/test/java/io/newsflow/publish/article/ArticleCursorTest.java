package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleCursorTest {

    @Test
    void cursorSurvivesTheRoundTripThroughItsToken() {
        ArticleCursor cursor = new ArticleCursor(Instant.parse("2024-03-01T10:00:00.123Z"), "abc:def");

        assertThat(ArticleCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void tokensThisServiceDidNotIssueAreRefused() {
        assertThatThrownBy(() -> ArticleCursor.decode("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleCursor.decode("bm9jb2xvbg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleCursor.decode("eHl6OmFiYw")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleCursor.decode("a".repeat(300))).isInstanceOf(IllegalArgumentException.class);
    }
}
