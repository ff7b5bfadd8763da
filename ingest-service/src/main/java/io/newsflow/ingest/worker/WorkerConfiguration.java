package io.newsflow.ingest.worker;

import io.newsflow.ingest.config.IngestProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * The submission workers' container factory: Boot's settings and the shared error handler, with the
 * concurrency from {@link IngestProperties#workerConcurrency()}, delivering batches (see SubmissionWorker).
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
        factory.setBatchListener(true);
        // the shared default is RECORD; a batch is committed once every submission in it has a status
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return factory;
    }
}
