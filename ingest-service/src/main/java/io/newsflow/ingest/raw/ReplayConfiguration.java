package io.newsflow.ingest.raw;

import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.dedup.ArticleIndex;
import io.newsflow.ingest.extract.ArticleAssembler;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.table.OutsideGroupConsumers;
import java.time.Clock;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    RawPageReplayer rawPageReplayer(KafkaProperties kafka, EventCodec codec, EventPublisher publisher,
                                    ArticleAssembler assembler, FetchProperties fetch, IngestProperties props,
                                    ArticleIndex index, Clock clock) {
        return new RawPageReplayer(OutsideGroupConsumers.supplier(kafka, "newsflow-replay"), codec, publisher, assembler,
                fetch.maxBodySize().toBytes(), props.publishTimeout(), clock, index::canonicalUrl);
    }
}
