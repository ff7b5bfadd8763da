package io.newsflow.ingest.dedup;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.contracts.Revision;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What this service knows of articles already ingested, to recognise duplicates:
 * <ul>
 *   <li>per article id (= canonical URL): the content hash of its newest revision and the SimHash of its
 *       body (exact duplicates: same id and hash → {@code UNCHANGED});</li>
 *   <li>per normalised URL fetched: the validators it was served with (ETag, Last-Modified) and its
 *       article id, for a conditional re-fetch ({@code NOT_MODIFIED});</li>
 *   <li>the SimHash of every article, for near duplicates on other URLs ({@code NEAR_DUPLICATE}).</li>
 * </ul>
 * Fed by the {@link ArticleLogRecords} from {@code newsflow.articles.extracted} and
 * {@code newsflow.pages.raw} (every copy of the service reads them whole), and written through by
 * {@link #claim} as soon as this copy decides an article is new, so concurrent submissions of one
 * story in this copy cannot both pass. Near-duplicate search is a scan of a flat array of fingerprints
 * (XOR + popcount per article; {@code ArticleIndexTest} prints the cost on 100,000 articles).
 */
public final class ArticleIndex {

    /** What to do with an extracted article. */
    public sealed interface Claim permits New, Unchanged, NearDuplicate {
    }

    public record New() implements Claim {
    }

    /** Same article, same content as its newest known revision. */
    public record Unchanged(String articleId) implements Claim {
    }

    /** Another article's body, nearly: {@code originalId} is that article, {@code distance} in bits. */
    public record NearDuplicate(String originalId, int distance) implements Claim {
    }

    /** Validators and article of a URL fetched before. */
    public record KnownPage(String articleId, String etag, String lastModified, String contentHash) {
    }

    private record Known(String contentHash, Revision revision, long simHash, boolean hasSimHash,
                         String submissionId, String canonicalUrl) {
    }

    private final Map<String, Known> articles = new HashMap<>();
    /** Fingerprints in a flat array (the scan touches 8 bytes per article), with the article of each slot. */
    private long[] prints = new long[1024];
    private String[] printIds = new String[1024];
    private int printCount;
    private final Map<String, Integer> printSlots = new HashMap<>();
    private final Map<String, KnownPage> pages = new HashMap<>();

    /**
     * Decides whether {@code article} is new and, when it is, records it at once. A retry of the same
     * submission (its first try recorded the article, then failed to publish) is new again.
     */
    public synchronized Claim claim(ArticleExtracted article) {
        String hash = article.revision().contentHash();
        Known known = articles.get(article.articleId());
        if (known != null && hash.equals(known.contentHash())
                && !article.submissionId().equals(known.submissionId())) {
            return new Unchanged(article.articleId());
        }
        OptionalLong simHash = SimHash.of(article.content().body());
        if (simHash.isPresent()) {
            String closest = null;
            int best = Integer.MAX_VALUE;
            long fingerprint = simHash.getAsLong();
            for (int i = 0; i < printCount; i++) {
                int distance = SimHash.distance(fingerprint, prints[i]);
                if (distance > SimHash.NEAR_DUPLICATE_DISTANCE || distance >= best) {
                    continue;
                }
                String otherId = printIds[i];
                Known other = otherId == null ? null : articles.get(otherId);
                if (other == null || otherId.equals(article.articleId())
                        || article.submissionId().equals(other.submissionId())) {
                    continue;
                }
                best = distance;
                closest = otherId;
            }
            if (closest != null) {
                return new NearDuplicate(closest, best);
            }
        }
        put(article.articleId(), known(article, simHash));
        return new New();
    }

    /** An article event read from the topic (ours or another copy's): kept when it is the newest revision. */
    public synchronized void apply(ArticleExtracted article) {
        Known known = articles.get(article.articleId());
        if (known == null || article.revision().isNewerThan(known.revision())) {
            put(article.articleId(), known(article, SimHash.of(article.content().body())));
        }
    }

    /** A raw page read from the topic, or just published: the validators of its URL. */
    public synchronized void apply(RawPageFetched page, String normalizedUrl) {
        pages.put(normalizedUrl, new KnownPage(page.articleId(), page.etag(), page.lastModified(), page.contentHash()));
    }

    public synchronized void rememberPage(String normalizedUrl, KnownPage page) {
        pages.put(normalizedUrl, page);
    }

    public synchronized Optional<KnownPage> page(String normalizedUrl) {
        return Optional.ofNullable(pages.get(normalizedUrl));
    }

    /** The canonical URL of a known article. */
    public synchronized Optional<String> canonicalUrl(String articleId) {
        return Optional.ofNullable(articles.get(articleId)).map(Known::canonicalUrl);
    }

    public synchronized int articleCount() {
        return articles.size();
    }

    /** An article with a fingerprint, without its event (benchmarks of the scan). */
    synchronized void remember(String articleId, String submissionId, long simHash) {
        put(articleId, new Known("", null, simHash, true, submissionId, null));
    }

    private void put(String articleId, Known known) {
        articles.put(articleId, known);
        Integer slot = printSlots.get(articleId);
        if (slot == null) {
            if (!known.hasSimHash()) {
                return;
            }
            if (printCount == prints.length) {
                prints = java.util.Arrays.copyOf(prints, printCount * 2);
                printIds = java.util.Arrays.copyOf(printIds, printCount * 2);
            }
            slot = printCount++;
            printSlots.put(articleId, slot);
        }
        prints[slot] = known.simHash();
        printIds[slot] = known.hasSimHash() ? articleId : null;
    }

    private static Known known(ArticleExtracted article, OptionalLong simHash) {
        return new Known(article.revision().contentHash(), article.revision(), simHash.orElse(0),
                simHash.isPresent(), article.submissionId(), article.canonicalUrl());
    }
}
