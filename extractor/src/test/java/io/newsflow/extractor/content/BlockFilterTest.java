package io.newsflow.extractor.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.content.ContentExtractor.Known;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockFilterTest {

    private static final String PROSE = "A long paragraph of the article itself, with enough words to read as prose "
            + "and no links at all, which goes on for a while so that it clearly counts as article text.";

    private static TextRenderer.Block block(String text) {
        return new TextRenderer.Block(text, 0, "p", List.of());
    }

    private static String filter(List<TextRenderer.Block> blocks, Known known) {
        return BlockFilter.assemble(blocks, known).text();
    }

    @Test
    void relatedArticlesHeadingInTheSecondHalfEndsTheArticle() {
        List<TextRenderer.Block> blocks = new ArrayList<>(List.of(block(PROSE), block(PROSE), block("Ähnliche Beiträge"),
                block("Another story teaser"), block("Yet another teaser")));
        assertThat(filter(blocks, Known.NOTHING)).doesNotContain("Ähnliche Beiträge").doesNotContain("teaser");
    }

    @Test
    void inlineTeaserBoxFollowedByProseDoesNotEndTheArticle() {
        List<TextRenderer.Block> blocks = List.of(block(PROSE), block(PROSE), block("Auch interessant"),
                block("A teaser"), block(PROSE + " " + PROSE + " The article continues here."));
        assertThat(filter(blocks, Known.NOTHING)).contains("The article continues here.");
    }

    @Test
    void repeatedHeadlineBylineAndDatelineAreDropped() {
        List<TextRenderer.Block> blocks = List.of(block("Rates rise again"), block("By Jane Doe"),
                block("Published Monday, November 18, 2019 8:22AM EST"), block(PROSE));
        String text = filter(blocks, new Known("Rates rise again", "Jane Doe"));
        assertThat(text).isEqualTo(PROSE);
    }

    @Test
    void shortBoilerplatePromptsAreDropped() {
        List<TextRenderer.Block> blocks = List.of(block(PROSE), block("War der Artikel nützlich?"), block("Advertisement"),
                block(PROSE));
        assertThat(filter(blocks, Known.NOTHING)).doesNotContain("nützlich").doesNotContain("Advertisement");
    }
}
