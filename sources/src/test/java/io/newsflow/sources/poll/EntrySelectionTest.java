package io.newsflow.sources.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sources.parse.SourceEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntrySelectionTest {

    private static SourceEntry entry(String url, String published) {
        return new SourceEntry(url, null, published == null ? null : Instant.parse(published));
    }

    @Test
    void onlyEntriesNotRememberedAreNewAndInvalidOnesAreCounted() {
        List<SourceEntry> entries = List.of(entry("https://a.example/1", null), entry("https://a.example/2", null),
                entry("javascript:alert(1)", null), entry(null, null), entry("https://a.example/2?utm_medium=rss", null));

        EntrySelection selection = EntrySelection.select(entries, false, List.of(EntryKeys.of("https://a.example/1")), 10);

        assertThat(selection.fresh().values()).containsExactly("https://a.example/2");
        assertThat(selection.invalid()).isEqualTo(2);
        assertThat(selection.stillListed()).containsExactly(EntryKeys.of("https://a.example/1"));
    }

    @Test
    void aCappedSitemapPollTakesTheNewestFirstAndDefersTheRest() {
        List<SourceEntry> entries = List.of(entry("https://a.example/old", "2024-01-01T00:00:00Z"),
                entry("https://a.example/undated", null), entry("https://a.example/new", "2024-03-01T00:00:00Z"),
                entry("https://a.example/mid", "2024-02-01T00:00:00Z"));

        EntrySelection selection = EntrySelection.select(entries, true, List.of(), 2);

        assertThat(selection.fresh().values()).containsExactly("https://a.example/new", "https://a.example/mid");
        assertThat(selection.deferred()).isEqualTo(2);
    }

    @Test
    void rememberedKeysDropEntriesNoLongerListedFirst() {
        List<SourceEntry> entries = List.of(entry("https://a.example/b", null), entry("https://a.example/c", null));
        List<String> previous = List.of(EntryKeys.of("https://a.example/b"), EntryKeys.of("https://a.example/gone"));
        EntrySelection selection = EntrySelection.select(entries, false, previous, 10);

        List<String> remembered = selection.remembered(previous, selection.fresh().keySet(), 2);

        assertThat(remembered).containsExactly(EntryKeys.of("https://a.example/b"), EntryKeys.of("https://a.example/c"));
    }
}
