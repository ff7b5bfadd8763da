/**
 * The HTTP API: {@code /api/sources} (subscriptions) and {@code /api/submissions/upload} (batch uploads of
 * URL lists and OPML). Authentication is the hosting service's: ingest-service's editor-token filter
 * guards every {@code /api/**} path.
 */
package io.newsflow.sources.api;
