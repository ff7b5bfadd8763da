package io.newsflow.ingest.fetch;

import io.newsflow.ingest.config.FetchProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page fetcher, resolving through the system DNS. */
@Configuration(proxyBeanMethods = false)
class FetchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FetchConfiguration.class);

    @Bean
    PageFetcher pageFetcher(FetchProperties props, Clock clock) {
        if (!props.allow().isEmpty()) {
            log.warn("fetcher may reach these internal hosts/addresses on any port: {}", props.allow());
        }
        return new PageFetcher(props, HostResolver.SYSTEM, clock);
    }
}
