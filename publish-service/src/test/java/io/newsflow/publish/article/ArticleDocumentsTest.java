package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.messaging.MalformedEventException;
import io.newsflow.publish.article.ArticleViews.ArticleSummary;
import io.newsflow.publish.article.ArticleViews.ArticleView;
import io.newsflow.publish.article.ArticleViews.TagView;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {

    private static final Instant NOW = Instant.parse("2024-03-02T08:00:00Z");
    private final ArticleEnriched article = Articles.article("https://news.example/2024/nato", "s-1");

    @Test
    void documentIsKeyedByArticleIdAndKeepsTheRevisionTimeAsADate() {
        Document document = ArticleDocuments.toDocument(article, NOW, NOW, SubmissionState.PUBLISHED);

        assertThat(document.getString("_id")).isEqualTo(article.articleId());
        Document revision = document.get("revision", Document.class);
        assertThat(revision.getString("contentHash")).isEqualTo("hash-1");
        assertThat(revision.get("fetchedAt")).isInstanceOf(Date.class);
        assertThat(revision.getDate("fetchedAt").toInstant()).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
        assertThat(document.getDate("firstSeen").toInstant()).isEqualTo(NOW);
        assertThat(document.getString("submissionId")).isEqualTo("s-1");
        assertThat(document.getString("outcome")).isEqualTo("PUBLISHED");
    }

    @Test
    void tagNamesAreIndexedLowerCasedAndOnce() {
        Document document = ArticleDocuments.toDocument(article, NOW, NOW, SubmissionState.PUBLISHED);

        assertThat(document.getList("tagKeys", String.class))
                .containsExactly("nato", "jens stoltenberg", "ukraine", "defence");
        assertThat(ArticleDocuments.tagKey("  NATO ")).isEqualTo("nato");
        assertThat(ArticleDocuments.tagKey(" ")).isNull();
    }

    @Test
    void absentContentFieldsAreLeftOutOfTheDocument() {
        Document document = ArticleDocuments.toDocument(article, NOW, NOW, SubmissionState.PUBLISHED);

        assertThat(document).doesNotContainKey("modifiedAt");
        assertThat(document.get("tags", List.class)).hasSize(4);
        assertThat(((Document) document.getList("tags", Document.class).get(3))).doesNotContainKey("wikidataId");
    }

    @Test
    void viewOfTheStoredDocumentCarriesContentEnrichmentAndProvenance() {
        ArticleView view = ArticleDocuments.toView(ArticleDocuments.toDocument(article, NOW, NOW, SubmissionState.PUBLISHED));

        assertThat(view.id()).isEqualTo(article.articleId());
        assertThat(view.url()).isEqualTo("https://news.example/2024/nato");
        assertThat(view.title()).isEqualTo("NATO ministers meet in Brussels");
        assertThat(view.body()).startsWith("NATO foreign ministers");
        assertThat(view.tags()).first().isEqualTo(new TagView("NATO", "ORGANIZATION", 0.9, 3, "Q7184", null));
        assertThat(view.tags().get(3).code()).isEqualTo("medtop:20000065");
        assertThat(view.related()).singleElement().satisfies(related -> {
            assertThat(related.id()).isEqualTo("0123456789abcdef0123456789abcdef");
            assertThat(related.score()).isEqualTo(0.42);
        });
        assertThat(view.articleLinks()).extracting(ArticleViews.LinkView::text).containsExactly("earlier");
        assertThat(view.revision().fetchedAt()).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
        assertThat(view.language()).isEqualTo("en");
        assertThat(view.categories()).containsExactly("World");
        assertThat(view.pageTags()).containsExactly("nato");
        assertThat(view.submissionId()).isEqualTo("s-1");
        assertThat(view.firstSeen()).isEqualTo(NOW);
    }

    @Test
    void summaryHasNoBodyAndOnlyTheBestScoredTags() {
        ArticleSummary summary = ArticleDocuments.toSummary(
                ArticleDocuments.toDocument(article, NOW, NOW, SubmissionState.PUBLISHED), 2);

        assertThat(summary.tags()).extracting(TagView::name).containsExactly("NATO", "Jens Stoltenberg");
        assertThat(summary.title()).isEqualTo("NATO ministers meet in Brussels");
    }

    @Test
    void enrichmentLanguageWinsOverThePageDeclaredOne() {
        ArticleEnriched german = new ArticleEnriched(article.articleId(), "s", article.url(), null, article.revision(),
                new ArticleContent("T", "B", null, null, null, "en", null, null, null, null, null, null),
                new io.newsflow.contracts.Enrichment("de", null, null, null));

        Document document = ArticleDocuments.toDocument(german, NOW, NOW, SubmissionState.PUBLISHED);

        assertThat(document.getString("language")).isEqualTo("de");
        assertThat(document.getList("tags", Document.class)).isEmpty();
    }

    @Test
    void articleWithoutRevisionTimeCannotBeStored() {
        ArticleEnriched noTime = new ArticleEnriched(article.articleId(), "s", article.url(), null,
                new Revision("h", null), article.content(), article.enrichment());

        assertThatThrownBy(() -> ArticleDocuments.requireStorable(noTime)).isInstanceOf(MalformedEventException.class);
    }
}
