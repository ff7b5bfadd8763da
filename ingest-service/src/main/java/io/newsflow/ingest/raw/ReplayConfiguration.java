package io.newsflow.ingest.raw;

import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.config.OutsideGroupConsumers;
import io.newsflow.ingest.dedup.ArticleIndex;
import io.newsflow.ingest.extract.ArticleAssembler;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import java.time.Clock;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    RawPageReplayer rawPageReplayer(KafkaProperties kafka, EventCodec codec, EventPublisher publisher,
                                    ArticleAssembler assembler, FetchProperties fetch, IngestProperties props,
                                    ArticleIndex index, Clock clock) {
        return new RawPageReplayer(() -> new KafkaConsumer<>(OutsideGroupConsumers.config(kafka, "newsflow-replay"),
                new StringDeserializer(), new ByteArrayDeserializer()), codec, publisher, assembler,
                fetch.maxBodySize().toBytes(), props.publishTimeout(), clock, index::canonicalUrl);
    }
}
