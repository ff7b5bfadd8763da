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
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the extractor on a fetched page and turns its findings into an {@link ArticleExtracted}: the id
 * comes from the normalised canonical URL (the page's own rel=canonical/og:url when it is an http(s)
 * URL, else the URL it was served from), the revision from a hash of title and body.
 */
@Component
public class ArticleAssembler {

    private static final String NO_TEXT = "no article text found";

    private final ArticleExtractor extractor;

    ArticleAssembler(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public ExtractionOutcome assemble(String submissionId, FetchOutcome.Fetched page) {
        String fetchedUrl = page.url().toString();
        ExtractedArticle found = extractor.extract(page.body(), fetchedUrl, page.contentType());
        if (!found.hasBody()) {
            return new ExtractionOutcome.NoArticle(found.emptyReason() == null ? NO_TEXT : found.emptyReason());
        }
        String canonicalUrl = canonicalUrl(found.canonicalUrl(), page.url());
        Revision revision = new Revision(contentHash(found.title(), found.articleBody()), page.fetchedAt());
        return new ExtractionOutcome.Article(new ArticleExtracted(ArticleIds.of(canonicalUrl), submissionId,
                fetchedUrl, canonicalUrl, revision, content(found)));
    }

    /** The normalised canonical URL: the page's claim when it is a valid http(s) URL, else where it was served from. */
    static String canonicalUrl(String claimed, URI fetched) {
        if (claimed != null && UrlRules.problemWith(claimed).isEmpty()) {
            return UrlNormalizer.normalize(UrlRules.parse(claimed));
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
