/**
 * Polling subscriptions: conditional GET through the host's {@link io.newsflow.sources.spi.SourceFetcher},
 * parsing, recognising entries already submitted, submitting the new ones through the
 * {@link io.newsflow.sources.spi.SubmissionSink}, and writing the poll's result back to the subscription.
 */
package io.newsflow.sources.poll;
