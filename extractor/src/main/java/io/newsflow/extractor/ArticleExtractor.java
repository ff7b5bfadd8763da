package io.newsflow.extractor;

import io.newsflow.extractor.charset.HtmlDecoder;
import io.newsflow.extractor.content.ContentExtractor;
import io.newsflow.extractor.content.ContentExtractor.Content;
import io.newsflow.extractor.metadata.LanguageGuesser;
import io.newsflow.extractor.metadata.Metadata;
import io.newsflow.extractor.metadata.Metadata.Field;
import io.newsflow.extractor.metadata.MetadataExtractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns a fetched page into an {@link ExtractedArticle}: decodes the bytes, reads metadata from JSON-LD,
 * meta tags, microdata and the visible page, and finds the main text. Thread-safe and reusable; it never
 * throws: a page without an article gives an empty body and an {@code emptyReason}.
 */
public final class ArticleExtractor {

    static final String REASON_EMPTY = "empty document";
    static final String REASON_NOT_HTML = "not HTML";
    static final String REASON_NO_TEXT = "no article text found";
    static final String REASON_FAILED = "extraction failed: ";
    /** Content types that cannot hold an HTML article; anything else is tried as HTML. */
    private static final Pattern NON_HTML_TYPE = Pattern.compile(
            "(?i)^\\s*(image|audio|video|font)/|^\\s*application/(pdf|zip|octet-stream|gzip|json|javascript)");
    /**
     * Deepest element tree kept by the parser (jsoup's default is 512). The 516 pages of the dev sets nest
     * at most 43 deep (median 18); every open element costs scope searches in the parser and ancestor walks
     * in the heuristics, so a 100,000-deep hostile page stays cheap only with a tight limit.
     */
    static final int MAX_TREE_DEPTH = 128;
    /** Bytes sampled to tell text from binary content. */
    private static final int BINARY_SAMPLE = 1024;
    /** Below this much text the page is a script-rendered shell, or a teaser; a full article is longer. */
    private static final int SHELL_TEXT_CHARS = 500;
    /** Structured text shorter than this is a summary, not the article. */
    private static final int MIN_STRUCTURED_BODY_CHARS = 300;
    /** How much longer than the page's text the structured text must be to replace it. */
    private static final int STRUCTURED_BODY_FACTOR = 2;
    /** How much of the page's text is looked for in the structured text to tell whether it repeats the lead. */
    private static final int LEAD_PROBE_CHARS = 60;

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ContentExtractor content = new ContentExtractor();

    public ArticleExtractor() {
    }

    /**
     * @param html        the page bytes as fetched
     * @param url         the page URL, used to resolve links and as a last source of the date; may be null
     * @param contentType the HTTP Content-Type, for the charset; may be null
     */
    public ExtractedArticle extract(byte[] html, String url, String contentType) {
        try {
            if (html == null || html.length == 0) {
                return empty(REASON_EMPTY);
            }
            if ((contentType != null && NON_HTML_TYPE.matcher(contentType).find()) || looksBinary(html)) {
                return empty(REASON_NOT_HTML);
            }
            return extractHtml(HtmlDecoder.decode(html, contentType, true).text(), url == null ? "" : url);
        } catch (RuntimeException | StackOverflowError e) {
            return empty(REASON_FAILED + e.getClass().getSimpleName());
        }
    }

    private ExtractedArticle extractHtml(String html, String url) {
        Document doc = parse(html, url);
        Metadata meta = metadata.extract(doc, url);
        // Without the fetch URL, the page's own canonical URL is the best base for resolving its links.
        String base = url.isEmpty() && meta.has(Field.CANONICAL_URL) ? meta.get(Field.CANONICAL_URL) : url;
        if (!base.equals(url) && doc.baseUri().isEmpty()) {
            doc.setBaseUri(base);
        }
        Content body = content.extract(doc, () -> parse(html, base),
                new ContentExtractor.Known(meta.get(Field.TITLE), meta.get(Field.AUTHOR)));
        boolean structured = prefersStructuredBody(body.text(), meta.structuredBody());
        if (structured) {
            body = new Content(withLead(body.text(), meta.structuredBody()), body.links());
        }
        if (!meta.has(Field.LANGUAGE)) {
            meta.offer(Field.LANGUAGE, LanguageGuesser.guess(body.text()), "detection");
        }
        Map<String, String> sources = new LinkedHashMap<>(meta.sources());
        String reason = body.text().isBlank() ? REASON_NO_TEXT : null;
        if (reason == null) {
            sources.put("articleBody", structured ? "json-ld" : "content");
        }
        return new ExtractedArticle(body.text(), meta.get(Field.TITLE), meta.get(Field.AUTHOR),
                meta.get(Field.DATE), meta.get(Field.DATE_MODIFIED), meta.get(Field.LANGUAGE),
                meta.get(Field.SITE_NAME), meta.get(Field.CANONICAL_URL), meta.get(Field.DESCRIPTION),
                meta.get(Field.IMAGE), meta.categories(), meta.tags(), body.links(), java.util.Collections.unmodifiableMap(sources), reason);
    }

    /**
     * jsoup with a tree depth limit: deeper elements become siblings at the limit instead of children.
     * jsoup 1.24.1 can fail while pruning a deep stack that holds formatting elements
     * (IndexOutOfBoundsException in {@code HtmlTreeBuilder.reconstructFormattingElements}, found by
     * {@code ExtractorFuzzTest}); such a page is parsed again without the limit, which does not prune.
     */
    private static Document parse(String html, String baseUri) {
        try {
            return Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(MAX_TREE_DEPTH));
        } catch (IndexOutOfBoundsException e) {
            return Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(Integer.MAX_VALUE));
        }
    }

    /**
     * Pages rendered by script keep the article in JSON-LD ({@code articleBody}, a HowTo's steps) while the HTML
     * holds a shell: when the page's text is short and the structured text much longer, the structured one is the
     * article.
     */
    static boolean prefersStructuredBody(String domText, String structuredText) {
        return structuredText != null && domText.length() < SHELL_TEXT_CHARS
                && structuredText.length() >= MIN_STRUCTURED_BODY_CHARS
                && structuredText.length() >= STRUCTURED_BODY_FACTOR * domText.length();
    }

    /** The page's own short text (often the lead, which articleBody leaves out) stays in front unless repeated. */
    static String withLead(String domText, String structuredText) {
        String head = domText.length() > LEAD_PROBE_CHARS ? domText.substring(0, LEAD_PROBE_CHARS) : domText;
        return head.isBlank() || structuredText.contains(head) ? structuredText : domText + "\n" + structuredText;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SAMPLE);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        // UTF-16 text has zero bytes too, but always starts with a byte-order mark or '<'.
        boolean utf16 = n >= 2 && ((bytes[0] == 0 && bytes[1] == '<') || (bytes[0] == '<' && bytes[1] == 0)
                || (bytes[0] & 0xFF) >= 0xFE);
        return zeros > n / 10 && !utf16;
    }

    private static ExtractedArticle empty(String reason) {
        return new ExtractedArticle("", null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), Map.of(), reason);
    }
}
