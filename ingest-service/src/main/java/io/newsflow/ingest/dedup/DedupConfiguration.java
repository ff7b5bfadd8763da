package io.newsflow.ingest.dedup;

import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.config.OutsideGroupConsumers;
import io.newsflow.messaging.EventCodec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The article index and the follower that fills it. */
@Configuration(proxyBeanMethods = false)
class DedupConfiguration {

    @Bean
    ArticleIndex articleIndex() {
        return new ArticleIndex();
    }

    @Bean
    ArticleLogFollower articleLogFollower(KafkaProperties kafka, ArticleIndex index, EventCodec codec,
                                          IngestProperties props) {
        return new ArticleLogFollower(() -> new KafkaConsumer<>(OutsideGroupConsumers.config(kafka, "newsflow-article-index"),
                new StringDeserializer(), new ByteArrayDeserializer()), index, codec, props.indexStartupTimeout());
    }
}
