package io.newsflow.ingest.fetch;

import java.time.Duration;

/** The three time bounds of a fetch, for messages that name the bound that was hit. */
record FetchTimeouts(Duration connect, Duration read, Duration total) {
}
