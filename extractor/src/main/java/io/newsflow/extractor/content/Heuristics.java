package io.newsflow.extractor.content;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every threshold, weight and pattern of body extraction, in one place so they can be found and tuned.
 * The scoring scheme follows Readability.js (paragraph scores flowing to ancestors, class weights, link
 * density); the block filters follow trafilatura (boilerplate phrases, link-heavy short blocks).
 */
final class Heuristics {

    private Heuristics() {
    }

    /** Elements that never hold article text. */
    static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "nav", "link", "meta", "head",
            "dialog", "menu", "map", "audio", "video", "source", "picture", "form");

    /** class/id fragments of page furniture (from Readability's unlikelyCandidates, extended). */
    static final Keywords UNLIKELY = Keywords.fragments(
            "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
            "disqus", "extra", "footer", "gdpr", "cookie", "consent", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
            "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "modal", "newsletter",
            "subscri", "signup", "share", "sharing", "recommend", "trending", "popular",
            "most-read", "outbrain", "taboola", "navigation", "navbar", "toolbar", "login", "paywall-promo",
            "print-only", "skip-link", "jump-link", "topbar", "masthead", "offcanvas", "overlay", "flyout",
            "dropdown", "tooltip", "author-bio", "about-author")
            .withTokens("ad", "ads");
    /** Fragments that rescue an element the UNLIKELY pattern caught ("article-header", "main-content"). */
    static final Keywords MAYBE = Keywords.fragments(
            "and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "post-text",
            "entry");
    /** Class/id fragments that mark article containers. */
    static final Keywords POSITIVE = Keywords.fragments(
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
            "blog", "story", "artikel", "beitrag", "tresc", "inhalt", "richtext", "prose");
    /** class/id fragments of an article's lead paragraph (standfirst), which sits outside the text container. */
    static final Keywords LEAD = Keywords.fragments("lead", "intro", "teaser", "vorspann", "standfirst", "summary",
            "subtitle", "subline", "deck", "excerpt", "abstract", "chapeau", "chapo", "entradilla", "bajada", "sommario");
    /** Class/id fragments that mark furniture. */
    static final Keywords NEGATIVE = Keywords.fragments(
            "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
            "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter", "recommend", "teaser",
            "social", "byline", "caption-credit")
            .withTokens("hid");
    /** ARIA roles of furniture. */
    static final Pattern UNLIKELY_ROLE = Pattern.compile("(?i)^(menu|menubar|complementary|navigation|alert|"
            + "alertdialog|dialog|banner|contentinfo|search)$");
    /** Inline styles that hide an element. */
    static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Weight of a positive or negative class/id (Readability). */
    static final double CLASS_WEIGHT = 25;
    /** Paragraphs shorter than this carry no signal (Readability). */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** Each 100 characters of a paragraph add a point, at most this many (Readability). */
    static final int MAX_LENGTH_POINTS = 3;
    /** Bonus of elements marked as the article body by schema.org or HTML5 semantics. */
    static final double SEMANTIC_BONUS = 40;
    /** A sibling joins the article when it scores this share of the top candidate (Readability). */
    static final double SIBLING_SCORE_SHARE = 0.2;
    /** ...or is a paragraph this long with little linking. */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    static final double SIBLING_MAX_LINK_DENSITY = 0.25;
    /**
     * An article shorter than this triggers a retry with gentler cleaning: Readability's 500 (charThreshold). Until
     * iteration 44 it was 250, and a product page whose 463-character teaser won kept it instead of its 2,965
     * characters of description found by the retry.
     */
    static final int MIN_ARTICLE_CHARS = 500;
    /**
     * When scoring finds nothing, the page's {@code <article>} or its paragraphs are the article if they hold at
     * least this much text (trafilatura's baseline uses 100 characters).
     */
    static final int BASELINE_MIN_CHARS = 100;

    /** Containers whose text is mostly link text are navigation or link lists. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** ...and mostly linked blocks shorter than this are dropped inside the article. */
    static final int LINK_BLOCK_MAX_CHARS = 400;
    /** Short blocks matching BOILERPLATE are share bars, prompts and credits. */
    static final int BOILERPLATE_MAX_CHARS = 120;
    static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(advertisement|anzeige|werbung|reklama|publicité|"
            + "share( this)?|teilen|partager|tweet|follow us|folgen sie|sign up|subscribe|abonnieren|newsletter|"
            + "read more|weiterlesen|lesen sie auch|mehr zum thema|more from|related( articles| stories)?|"
            + "see also|click here|all rights reserved|copyright|©|\\(c\\)|photo:|foto:|fotos:|image:|bild:|"
            + "crédits? photos?|abbildung|getty images|skip to|zum inhalt|cookie|we use cookies|loading|print|"
            + "drucken|e-mail|email this|comments?|kommentare?|leave a (comment|reply)|you may also like|"
            + "das könnte (sie|dich)|zobacz (też|także)|czytaj (też|także|więcej)|lire aussi|à lire aussi|"
            + "leggi anche|lee también|back to top|nach oben|top stories|most (read|popular)|trending|"
            + "war (der|dieser) (artikel|beitrag)|wie (bewerten|fanden) sie|möchten sie (den|diesen)|"
            + "(diese[sn]? )?.{0,40} als pdf|pdf|kategorie:|kontakt$|aktualisiert am|stand:|quelle:|"
            + "schon gelesen|ähnliche (beiträge|artikel)|vorschau auf|weitere informationen|puede escribirnos|"
            + "was this (article|page) helpful|rate this|bewerten sie).{0,100}$");
    /**
     * An image caption rendered with its credit: "Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta
     * National/Getty Images". Short blocks that end in a separator, "©" and a credit are captions, not article text
     * (trafilatura's truth lists them as boilerplate; no article sentence in its truth ends that way).
     */
    static final Pattern CREDIT_CAPTION = Pattern.compile("(?s)^.+\\s[|/–—·]\\s*©\\s*[^©|]{2,80}$");
    /** Longer than this, a block ending in a credit is a paragraph that quotes one. */
    static final int CREDIT_CAPTION_MAX_CHARS = 300;
    /** Headings that end an article: what follows is related links, comments or promotion. */
    static final Pattern END_MARKER = Pattern.compile("(?iu)^(related( posts| articles| stories| content)?|"
            + "more (stories|articles|from|on this)|read (more|next|also)|also read|you (may|might) also like|"
            + "recommended( for you)?|ähnliche (beiträge|artikel|themen)|das könnte (dich|sie)( auch)? interessieren|"
            + "schon gelesen|mehr zum thema|weitere (artikel|beiträge|nachrichten|meldungen|themen)|"
            + "lesen sie (auch|mehr)|vorschau auf|kommentare?|comments?|leave a (reply|comment)|"
            + "zobacz (też|także|również)|czytaj (też|także|więcej)|polecane|à lire aussi|lire aussi|"
            + "sur le même sujet|leggi anche|lee también|te puede interesar|noticias relacionadas|"
            + "auch interessant|top stories|most (read|popular))\\b.{0,60}$"
            + "|(?iu)^.{0,60}(könnten|könnte|dürften) (euch|dich|sie) auch interessieren:?$");
    /** End markers are headings, never long. */
    static final int END_MARKER_MAX_CHARS = 80;
    /** class/id fragments of furniture inside the article: captions, credits, bylines, datelines. */
    static final Keywords ARTICLE_FURNITURE = Keywords.fragments(
            "caption", "credit", "byline", "dateline", "timestamp", "published", "updated", "posted-on",
            "articledate", "article-date", "postdate", "post-date", "entry-date", "article-meta",
            "post-meta", "entry-meta", "author", "autor", "gallery", "slideshow", "carousel", "share",
            "social", "tooltip", "hover", "popup", "rollover", "toolbar", "tags", "breadcrumb", "kicker",
            "print", "subscribe", "image", "photo", "figure", "video", "media");
    /** ...only when short: a long element with such a class is a container of the article itself. */
    static final int FURNITURE_MAX_CHARS = 300;
    /** A dateline ("Published Monday, November 18, 2019 8:22AM EST") is a short block made of a date. */
    static final int DATELINE_MAX_WORDS = 10;
    /** Block tags: rendering puts a line break around them. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "blockquote", "pre", "figure",
            "figcaption", "header", "footer", "address", "hr", "center", "details", "summary", "caption", "aside",
            "body", "html", "tbody", "thead", "td", "th");
}
