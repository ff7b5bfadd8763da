package io.newsflow.ingest.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Brings the package-private token check into web slice tests of other packages. */
@TestConfiguration(proxyBeanMethods = false)
@Import({EditorTokens.class, EditorTokenFilter.class})
public class SecurityTestSupport {
}
