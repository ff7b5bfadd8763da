package io.newsflow.ingest.extract;

import io.newsflow.extractor.ArticleExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One extractor for all workers: it is thread-safe and keeps its compiled patterns. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }
}
