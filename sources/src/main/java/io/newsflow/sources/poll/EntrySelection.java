package io.newsflow.sources.poll;

import io.newsflow.sources.parse.SourceEntry;
import io.newsflow.sources.parse.SubmittableUrls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which entries of a poll are new, and what the subscription remembers afterwards.
 *
 * <p>Sitemap entries are taken newest first ({@code lastmod} / news publication date), feed entries in
 * document order (feeds list newest first), so a capped poll submits the freshest articles first.
 *
 * @param fresh       new entries (key → URL), in submission order, at most the per-poll cap
 * @param deferred    new entries over the cap, left for the next poll (not remembered, so they stay new)
 * @param invalid     entries without a submittable URL, skipped
 * @param stillListed keys of remembered entries that the document still lists
 */
record EntrySelection(Map<String, String> fresh, int deferred, int invalid, List<String> stillListed) {

    private static final Comparator<SourceEntry> NEWEST_FIRST = Comparator.comparing(SourceEntry::published,
            Comparator.nullsLast(Comparator.reverseOrder()));

    static EntrySelection select(List<SourceEntry> entries, boolean newestFirst, Collection<String> seenEntries, int cap) {
        Set<String> seen = new HashSet<>(seenEntries);
        List<SourceEntry> ordered = newestFirst ? entries.stream().sorted(NEWEST_FIRST).toList() : entries;
        Map<String, String> fresh = new LinkedHashMap<>();
        Set<String> stillListed = new LinkedHashSet<>();
        int invalid = 0;
        int deferred = 0;
        for (SourceEntry entry : ordered) {
            if (!SubmittableUrls.isSubmittable(entry.url())) {
                invalid++;
                continue;
            }
            String key = EntryKeys.of(entry.url());
            if (seen.contains(key)) {
                stillListed.add(key);
            } else if (!fresh.containsKey(key)) {
                if (fresh.size() < cap) {
                    fresh.put(key, entry.url());
                } else {
                    deferred++;
                }
            }
        }
        return new EntrySelection(fresh, deferred, invalid, new ArrayList<>(stillListed));
    }

    /**
     * The remembered keys after submitting {@code submittedKeys}: keys no longer listed first (they are
     * the first to go when the bound is reached), then the still-listed ones, then the new ones; the
     * oldest are dropped beyond {@code max}.
     */
    List<String> remembered(List<String> previous, Collection<String> submittedKeys, int max) {
        Set<String> listed = new HashSet<>(stillListed);
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        previous.stream().filter(key -> !listed.contains(key)).forEach(keys::add);
        keys.addAll(stillListed);
        keys.addAll(submittedKeys);
        List<String> all = new ArrayList<>(keys);
        return all.size() <= max ? all : List.copyOf(all.subList(all.size() - max, all.size()));
    }
}
