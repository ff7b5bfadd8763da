package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An outbound link: absolute URL and its anchor text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Link(String url, String text) {
}
