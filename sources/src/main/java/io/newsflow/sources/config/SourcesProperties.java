package io.newsflow.sources.config;

import io.newsflow.sources.parse.ParseLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Feed and sitemap subscriptions ({@code newsflow.sources.*}). Defaults live here and only here.
 *
 * @param pollerEnabled         whether this instance polls subscriptions. Exactly one instance of the
 *                              hosting service should: every instance keeps the whole registry and serves
 *                              the API, but two pollers would submit each new entry twice
 *                              ({@code NEWSFLOW_SOURCES_POLLER_ENABLED=false} on the others)
 * @param defaultPollInterval   interval of a subscription that does not say (15 minutes: feeds of news sites
 *                              change every few minutes, most readers poll every 15–60)
 * @param minPollInterval       the shortest interval a subscriber may ask for (60 s: politeness)
 * @param maxPollInterval       the longest (1 day)
 * @param schedulerTick         how often the poller looks for due subscriptions
 * @param maxConcurrentPolls    polls running at once (each one is a few fetches; the fetcher has its own
 *                              per-host and global bounds)
 * @param pollTimeout           bound of one poll, child sitemaps and submissions included
 * @param maxDocumentSize       largest feed/sitemap document read (after gunzip); larger ones fail the poll
 * @param maxEntriesPerDocument most entries read from one document (50,000 = the sitemap protocol's maximum)
 * @param maxNewEntriesPerPoll  most entries submitted by one poll; the rest wait for the next poll (a
 *                              first poll of a big sitemap does not flood the pipeline)
 * @param maxSeenEntries        entries remembered per subscription to recognise old ones (5,000 short hashes
 *                              ≈ 95 KB in the subscription record, well under the 1 MB event limit)
 * @param maxChildSitemaps      child sitemaps fetched per poll of a sitemap index
 * @param maxUploadSize         largest body of {@code POST /api/submissions/upload}
 * @param maxUploadUrls         most URLs (or OPML outlines) in one upload
 * @param startupTimeout        how long start-up waits to read the whole {@code newsflow.sources} topic
 */
@ConfigurationProperties("newsflow.sources")
public record SourcesProperties(
        @DefaultValue("true") boolean pollerEnabled,
        @DefaultValue("15m") Duration defaultPollInterval,
        @DefaultValue("60s") Duration minPollInterval,
        @DefaultValue("1d") Duration maxPollInterval,
        @DefaultValue("5s") Duration schedulerTick,
        @DefaultValue("4") int maxConcurrentPolls,
        @DefaultValue("2m") Duration pollTimeout,
        @DefaultValue("10MB") DataSize maxDocumentSize,
        @DefaultValue("50000") int maxEntriesPerDocument,
        @DefaultValue("1000") int maxNewEntriesPerPoll,
        @DefaultValue("5000") int maxSeenEntries,
        @DefaultValue("50") int maxChildSitemaps,
        @DefaultValue("1MB") DataSize maxUploadSize,
        @DefaultValue("1000") int maxUploadUrls,
        @DefaultValue("30s") Duration startupTimeout) {

    public ParseLimits documentLimits() {
        return new ParseLimits((int) Math.min(Integer.MAX_VALUE, maxDocumentSize.toBytes()), maxEntriesPerDocument);
    }

    public ParseLimits uploadLimits() {
        return new ParseLimits((int) Math.min(Integer.MAX_VALUE, maxUploadSize.toBytes()), maxUploadUrls);
    }
}
