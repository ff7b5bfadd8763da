package io.newsflow.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.config.EditorProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorTokensTest {

    @Test
    void acceptsEveryConfiguredTokenAndNothingElse() {
        EditorTokens tokens = new EditorTokens(new EditorProperties(List.of(" alpha ", "beta", "")));
        assertThat(tokens.accepts("alpha")).isTrue();
        assertThat(tokens.accepts("beta")).isTrue();
        assertThat(tokens.accepts("alph")).isFalse();
        assertThat(tokens.accepts("alphaa")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
    }

    @Test
    void withoutConfiguredTokensNothingIsAccepted() {
        EditorTokens tokens = new EditorTokens(new EditorProperties(List.of()));
        assertThat(tokens.accepts("anything")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
    }
}
