package io.newsflow.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyTaggerTest {

    @Test
    void greedyDecodingTagsNewsTextAsOpenNlpsBeamSearchDoes() throws IOException {
        POSModel model;
        try (InputStream in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        GreedyTagger greedy = new GreedyTagger(model);
        POSTaggerME beam = new POSTaggerME(model);
        int tokens = 0;
        int same = 0;
        for (String name : Fixtures.ARTICLES) {
            for (Sentence sentence : Fixtures.analyzed(Fixtures.article(name)).sentences()) {
                String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] expected = beam.tag(words);
                String[] actual = greedy.tag(words);
                for (int i = 0; i < words.length; i++) {
                    tokens++;
                    same += expected[i].equals(actual[i]) ? 1 : 0;
                }
            }
        }
        assertThat(tokens).isGreaterThan(1000);
        assertThat(same / (double) tokens).isGreaterThanOrEqualTo(0.99);
    }
}
