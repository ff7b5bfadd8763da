package io.newsflow.enrich.tagging;

import io.newsflow.contracts.Link;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the outbound links of an article that point to other articles: not home pages, section, tag,
 * author or search pages, not files, not social-network profiles or share dialogs.
 */
final class ArticleLinkFilter {

    /** Hosts whose links are profiles, share dialogs or media, not articles one would read as related. */
    private static final Set<String> NON_ARTICLE_HOSTS = Set.of("facebook.com", "twitter.com", "x.com",
            "linkedin.com", "instagram.com", "youtube.com", "youtu.be", "t.me", "wa.me", "whatsapp.com",
            "pinterest.com", "tiktok.com", "reddit.com", "plus.google.com", "telegram.me", "mailchi.mp");

    /** Path segments that mark listing, navigation or account pages. */
    private static final Pattern NAVIGATION_PATH = Pattern.compile(
            "/(tag|tags|category|categories|author|authors|topic|topics|section|search|login|signin|register"
                    + "|subscribe|newsletter|feed|rss|page|archive|about|contact|privacy|terms|cookie-policy)(/|$)",
            Pattern.CASE_INSENSITIVE);

    /** Links to files, not pages. */
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(pdf|jpe?g|png|gif|webp|svg|mp3|mp4|zip|docx?|xlsx?|pptx?)$", Pattern.CASE_INSENSITIVE);

    /** A date in the path (/2023/11/29/ or /2023-11-29-) is the strongest sign of an article URL. */
    private static final Pattern DATE_IN_PATH = Pattern.compile("/(19|20)\\d{2}[/-](0?[1-9]|1[0-2])([/-]|$)");

    /** A slug of at least this many words ("nato-ministers-meet-in-brussels") reads as a headline. */
    private static final int MIN_SLUG_WORDS = 3;

    /** A numeric id of at least this many digits in the last segment (/news/12345678) marks an article. */
    private static final Pattern ARTICLE_ID = Pattern.compile("\\d{5,}");

    private ArticleLinkFilter() {
    }

    /** The article-like links, de-duplicated by URL, in page order, the article's own URL excluded. */
    static List<Link> articleLinks(List<Link> links, String ownUrl) {
        Map<String, Link> kept = new LinkedHashMap<>();
        for (Link link : links == null ? List.<Link>of() : links) {
            if (link.url() != null && !link.url().equals(ownUrl) && pointsToArticle(link.url())) {
                kept.putIfAbsent(link.url(), link);
            }
        }
        return new ArrayList<>(kept.values());
    }

    static boolean pointsToArticle(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (NON_ARTICLE_HOSTS.contains(host) || NAVIGATION_PATH.matcher(path).find()
                || FILE_EXTENSION.matcher(path).find()) {
            return false;
        }
        return DATE_IN_PATH.matcher(path).find() || looksLikeSlugOrId(lastSegment(path));
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1).replaceFirst("\\.(html?|php|aspx?)$", "");
    }

    private static boolean looksLikeSlugOrId(String segment) {
        return segment.split("[-_]+").length >= MIN_SLUG_WORDS || ARTICLE_ID.matcher(segment).find();
    }
}
