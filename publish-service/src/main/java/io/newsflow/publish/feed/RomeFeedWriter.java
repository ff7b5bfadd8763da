package io.newsflow.publish.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Atom 1.0 and RSS 2.0 documents, written by Rome. */
final class RomeFeedWriter {

    /** Atom requires an author per entry or per feed; articles without a byline get the feed's. */
    static final String FEED_AUTHOR = "Newsflow";

    private RomeFeedWriter() {
    }

    static String write(Feed feed, FeedFormat format) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(format.romeType());
        syndFeed.setUri(feed.id());
        syndFeed.setTitle(xmlText(feed.title()));
        syndFeed.setDescription(xmlText(feed.description()));
        syndFeed.setLink(feed.homeUrl());
        syndFeed.setLinks(List.of(link(feed.selfUrl(), "self", format.mediaType().getType() + "/"
                + format.mediaType().getSubtype()), link(feed.homeUrl(), "alternate", "text/html")));
        syndFeed.setAuthors(List.of(person(FEED_AUTHOR)));
        syndFeed.setPublishedDate(feed.updated() == null ? new Date(0) : Date.from(feed.updated()));
        syndFeed.setEntries(feed.articles().stream().map(FeedEntries::new).map(RomeFeedWriter::entry).toList());
        try {
            return new SyndFeedOutput().outputString(syndFeed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written: " + e.getMessage(), e);
        }
    }

    private static SyndEntry entry(FeedEntries article) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(article.id());
        entry.setTitle(xmlText(article.title()));
        entry.setLink(article.url());
        entry.setPublishedDate(article.published());
        entry.setUpdatedDate(article.updated());
        if (article.author() != null) {
            entry.setAuthor(xmlText(article.author()));
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(xmlText(article.summary()));
        entry.setDescription(summary);
        List<SyndCategory> categories = new ArrayList<>();
        for (String tag : article.tags()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(xmlText(tag));
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    /** Characters XML 1.0 cannot carry (page text may hold them); Atom and RSS writers refuse them. */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** Text as XML can carry it: every character XML 1.0 forbids (controls, noncharacters, lone surrogates) dropped. */
    static String xmlText(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
