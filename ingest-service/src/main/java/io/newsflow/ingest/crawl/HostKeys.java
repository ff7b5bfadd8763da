package io.newsflow.ingest.crawl;

import java.net.URI;
import java.util.Locale;

/** The politeness key of a URL: {@code host:port} in lower case, the port made explicit. */
public final class HostKeys {

    private HostKeys() {
    }

    public static String of(URI url) {
        String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(scheme) ? 443 : 80;
        return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }
}
