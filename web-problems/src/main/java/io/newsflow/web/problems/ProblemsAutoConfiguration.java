package io.newsflow.web.problems;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.ServerCodecConfigurer;

/** Adds the {@link ProblemDetailErrorHandler} to every reactive web application that has this module. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemsAutoConfiguration {

    @Bean
    ProblemDetailErrorHandler problemDetailErrorHandler(ServerCodecConfigurer codecs) {
        return new ProblemDetailErrorHandler(codecs);
    }
}
