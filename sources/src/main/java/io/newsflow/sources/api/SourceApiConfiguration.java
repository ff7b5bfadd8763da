package io.newsflow.sources.api;

import io.newsflow.sources.config.SourcesProperties;
import io.newsflow.sources.poll.PollScheduler;
import io.newsflow.sources.registry.SourceRegistry;
import io.newsflow.sources.spi.SubmissionSink;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's controllers; only in a reactive web application (ingest-service is WebFlux). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class SourceApiConfiguration {

    @Bean
    Subscriber sourceSubscriber(SourceRegistry registry, Clock clock, SourcesProperties props) {
        return new Subscriber(registry, clock, props.defaultPollInterval(), props.minPollInterval(),
                props.maxPollInterval());
    }

    @Bean
    SourceController sourceController(SourceRegistry registry, Subscriber subscriber, PollScheduler scheduler) {
        return new SourceController(registry, subscriber, scheduler);
    }

    @Bean
    UploadController sourceUploadController(SubmissionSink sink, Subscriber subscriber, SourcesProperties props) {
        return new UploadController(sink, subscriber, props.uploadLimits());
    }
}
