package io.newsflow.ingest.submit;

/** A rejected part of the request: {@code field} as a JSON path ({@code urls[3]}) and why. */
record FieldError(String field, String message) {
}
