package io.newsflow.ingest.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may submit URLs ({@code newsflow.editor.*}).
 *
 * @param tokens bearer tokens accepted by the submission API, comma-separated in the environment variable
 *               {@code NEWSFLOW_EDITOR_TOKENS}. Empty by default: then every submission is refused with 401,
 *               so a forgotten setting never opens the API.
 */
@ConfigurationProperties("newsflow.editor")
public record EditorProperties(@DefaultValue List<String> tokens) {

    public EditorProperties {
        tokens = tokens == null ? List.of()
                : tokens.stream().map(String::trim).filter(token -> !token.isEmpty()).toList();
    }
}
