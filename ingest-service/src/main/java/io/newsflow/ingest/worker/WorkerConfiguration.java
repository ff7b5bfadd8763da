package io.newsflow.ingest.worker;

import io.newsflow.ingest.config.IngestProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The submission workers' container factory: Boot's settings and the shared error handler, with the
 * concurrency from {@link IngestProperties#workerConcurrency()}.
 */
@Configuration(proxyBeanMethods = false)
class WorkerConfiguration {

    static final String CONTAINER_FACTORY = "submissionContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> submissionContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            IngestProperties props) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setConcurrency(props.workerConcurrency());
        return factory;
    }
}
