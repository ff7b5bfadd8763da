package io.newsflow.ingest.extract;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.Link;
import io.newsflow.contracts.Revision;
import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.extractor.ExtractedArticle;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.ingest.url.UrlRules;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the extractor on a fetched page and turns its findings into an {@link ArticleExtracted}: the id
 * comes from the normalised canonical URL, the revision from a hash of title and body.
 *
 * <p>Canonical rule: the page's rel=canonical/og:url is the identity only when it is an http(s) URL on
 * the same registrable domain (public-suffix list, crawler-commons) as the URL the page was served
 * from. A canonical on another domain is ignored: anyone can claim any canonical, and trusting it would
 * let a page on one site replace another site's article (same id, compacted topic). Syndicated copies
 * that point their canonical at the original are linked to it by near-duplicate detection instead.
 */
@Component
public class ArticleAssembler {

    private static final String NO_TEXT = "no article text found";

    private final ArticleExtractor extractor;

    ArticleAssembler(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public ExtractionOutcome assemble(String submissionId, FetchOutcome.Fetched page) {
        return assemble(submissionId, null, page);
    }

    /** @param source provenance of the submission ({@code editor}, {@code feed:<id>}), carried to the event */
    public ExtractionOutcome assemble(String submissionId, String source, FetchOutcome.Fetched page) {
        String fetchedUrl = page.url().toString();
        ExtractedArticle found = extractor.extract(page.body(), fetchedUrl, page.contentType());
        if (!found.hasBody()) {
            return new ExtractionOutcome.NoArticle(found.emptyReason() == null ? NO_TEXT : found.emptyReason());
        }
        String canonicalUrl = canonicalUrl(found.canonicalUrl(), page.url());
        Revision revision = new Revision(contentHash(found.title(), found.articleBody()), page.fetchedAt());
        return new ExtractionOutcome.Article(new ArticleExtracted(ArticleIds.of(canonicalUrl), submissionId,
                fetchedUrl, canonicalUrl, revision, content(found), source));
    }

    /**
     * Extracts a stored raw page again (replay): the article keeps its id and canonical URL; the revision
     * keeps the fetch time and gets {@code extractedAt}, so consumers take it as the newer revision.
     */
    public ExtractionOutcome reassemble(String articleId, String canonicalUrl, String submissionId, String source,
                                        URI url, String contentType, byte[] body, Instant fetchedAt,
                                        Instant extractedAt) {
        ExtractedArticle found = extractor.extract(body, url.toString(), contentType);
        if (!found.hasBody()) {
            return new ExtractionOutcome.NoArticle(found.emptyReason() == null ? NO_TEXT : found.emptyReason());
        }
        Revision revision = new Revision(contentHash(found.title(), found.articleBody()), fetchedAt, extractedAt);
        return new ExtractionOutcome.Article(new ArticleExtracted(articleId, submissionId, url.toString(),
                canonicalUrl, revision, content(found), source));
    }

    /**
     * The normalised canonical URL: the page's claim when it is a valid http(s) URL on the same registrable
     * domain as where the page was served from, else where it was served from.
     */
    static String canonicalUrl(String claimed, URI fetched) {
        if (claimed != null && UrlRules.problemWith(claimed).isEmpty()) {
            URI canonical = UrlRules.parse(claimed);
            if (RegistrableDomains.same(canonical.getHost(), fetched.getHost())) {
                return UrlNormalizer.normalize(canonical);
            }
        }
        return UrlNormalizer.normalize(fetched);
    }

    /** Hex SHA-256 of title and body: equal hashes mean the same content, whatever the page around it. */
    static String contentHash(String title, String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(nullToEmpty(title).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');   // so ("ab", "c") and ("a", "bc") differ
            sha256.update(nullToEmpty(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static ArticleContent content(ExtractedArticle found) {
        List<Link> links = found.links() == null ? List.of()
                : found.links().stream().map(link -> new Link(link.url(), link.text())).toList();
        return new ArticleContent(found.title(), found.articleBody(), found.author(), found.date(),
                found.dateModified(), found.language(), found.siteName(), found.description(), found.image(),
                found.categories(), found.tags(), links);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
