package io.newsflow.enricher.cli;

import io.newsflow.enricher.Enrichment;
import java.util.List;

/** The CLI's output shape for one document, as the acceptance checks read it. */
record EnrichmentJson(String language, List<EntityJson> entities, List<KeywordJson> keywords,
                      List<TopicJson> topics, List<RelatedJson> related) {

    /** Scores are printed with this many decimals; more digits only make the files harder to read. */
    private static final double SCORE_SCALE = 10_000;

    record EntityJson(String name, String type, double score, String wikidataId) {
    }

    record KeywordJson(String text, double score) {
    }

    record TopicJson(String code, String label, double score) {
    }

    record RelatedJson(String id, double score) {
    }

    static EnrichmentJson of(Enrichment e) {
        return new EnrichmentJson(e.language(),
                e.entities().stream().map(x -> new EntityJson(x.name(), x.type().name(), round(x.score()),
                        x.wikidataId())).toList(),
                e.keywords().stream().map(x -> new KeywordJson(x.text(), round(x.score()))).toList(),
                e.topics().stream().map(x -> new TopicJson(x.code(), x.label(), round(x.score()))).toList(),
                e.related().stream().map(x -> new RelatedJson(x.id(), round(x.score()))).toList());
    }

    private static double round(double score) {
        return Math.round(score * SCORE_SCALE) / SCORE_SCALE;
    }
}
