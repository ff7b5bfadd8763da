package io.newsflow.publish.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editors' bearer tokens ({@code newsflow.editor.tokens}, env {@code NEWSFLOW_EDITOR_TOKENS}): the
 * same setting as ingest-service's, so one variable serves both. Needed to manage webhooks here; also
 * accepted by the read API when read tokens are set. Empty by default: webhook management is refused.
 */
@ConfigurationProperties("newsflow.editor")
public record EditorTokens(@DefaultValue List<String> tokens) {

    public EditorTokens {
        tokens = tokens == null ? List.of()
                : tokens.stream().map(String::trim).filter(token -> !token.isEmpty()).toList();
    }

    /** True when {@code token} is one of the tokens (compared in constant time). */
    public boolean accepts(String token) {
        return Tokens.matchesAny(token, tokens);
    }
}
