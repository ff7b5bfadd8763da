package io.newsflow.ingest.extract;

import io.newsflow.extractor.ArticleExtractor;

/** Builds the package-private-constructed assembler for tests of other stages. */
public final class ExtractionTestSupport {

    private ExtractionTestSupport() {
    }

    public static ArticleAssembler assembler(ArticleExtractor extractor) {
        return new ArticleAssembler(extractor);
    }
}
