package io.newsflow.sources.poll;

import io.newsflow.sources.parse.SourceDocument;
import io.newsflow.sources.parse.SourceEntry;
import io.newsflow.sources.spi.FetchedSource;
import java.util.List;

/**
 * What a poll fetched: the top document's answer, its parsed form (null on 304), the entries of it and of
 * its child sitemaps, and the problems met on the way that did not stop the poll (a child that failed).
 */
record Harvest(FetchedSource answer, SourceDocument document, List<SourceEntry> entries, List<String> problems) {

    Harvest {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    boolean notModified() {
        return answer.notModified();
    }
}
