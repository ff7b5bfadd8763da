package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class RelatedListsTest {

    @Test
    void mergeKeepsTheBestScorePerIdBestFirstWithoutSelfAndWithinTheLimit() {
        List<Document> merged = RelatedLists.merge(
                List.of(related("a", 0.2), related("b", 0.5), related("self", 0.9)),
                List.of(related("a", 0.6), related("c", 0.1), related("d", 0.4)), "self", 3);

        assertThat(merged).extracting(d -> d.getString("id") + "=" + d.get("score")).containsExactly("a=0.6", "b=0.5",
                "d=0.4");
    }

    @Test
    void mergingTheSameLinkAgainChangesNothing() {
        List<Document> once = RelatedLists.merge(List.of(), List.of(related("a", 0.3)), "self", 10);
        assertThat(RelatedLists.same(once, RelatedLists.merge(once, List.of(related("a", 0.3)), "self", 10))).isTrue();
        assertThat(RelatedLists.same(once, RelatedLists.merge(once, List.of(related("a", 0.2)), "self", 10))).isTrue();
    }

    private static Document related(String id, double score) {
        return new Document("id", id).append("url", "https://x.example/" + id).append("title", id).append("score", score);
    }
}
