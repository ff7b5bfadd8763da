package io.newsflow.ingest.raw;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.ingest.fetch.FetchOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Raw pages as kept on {@code newsflow.pages.raw}: gzipped, bounded. */
public final class RawPages {

    private final long maxGzippedBytes;

    public RawPages(long maxGzippedBytes) {
        this.maxGzippedBytes = maxGzippedBytes;
    }

    /** The raw page of {@code article}'s revision, or empty when even gzipped it is over the bound. */
    public Optional<RawPageFetched> of(ArticleExtracted article, FetchOutcome.Fetched page) {
        byte[] gzipped = gzip(page.body());
        if (gzipped.length > maxGzippedBytes) {
            return Optional.empty();
        }
        return Optional.of(new RawPageFetched(article.articleId(), article.submissionId(), page.url().toString(),
                page.contentType(), page.fetchedAt(), article.revision().contentHash(), article.source(), gzipped,
                page.body().length, page.etag(), page.lastModified()));
    }

    /** The page bytes of a raw page, at most {@code maxBytes} (a hostile record cannot bomb the replay). */
    public static byte[] body(RawPageFetched page, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzippedBody()))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException("raw page is larger than " + maxBytes + " bytes once unzipped");
            }
            return bytes;
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
