package io.newsflow.publish.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * Merges related-article lists: one entry per article id (the best-scored one wins), never the
 * article itself, best first, at most {@code limit}. Merging is idempotent and order-independent, so
 * a redelivered or reordered link changes nothing.
 */
final class RelatedLists {

    private RelatedLists() {
    }

    static List<Document> merge(List<Document> current, List<Document> added, String selfId, int limit) {
        Map<String, Document> byId = new LinkedHashMap<>();
        for (List<Document> list : List.of(current, added)) {
            for (Document entry : list) {
                String id = entry.getString("id");
                if (id == null || id.equals(selfId)) {
                    continue;
                }
                byId.merge(id, entry, (a, b) -> score(b) > score(a) ? b : a);
            }
        }
        List<Document> merged = new ArrayList<>(byId.values());
        merged.sort(Comparator.comparingDouble(RelatedLists::score).reversed()
                .thenComparing(d -> d.getString("id")));
        return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
    }

    /** True when both lists hold the same ids with the same scores (a merge that changed nothing). */
    static boolean same(List<Document> a, List<Document> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).getString("id"), b.get(i).getString("id")) || score(a.get(i)) != score(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static double score(Document d) {
        return d.get("score") instanceof Number n ? n.doubleValue() : 0.0;
    }
}
