package io.newsflow.ingest.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds and identity of the page fetcher ({@code newsflow.fetch.*}).
 *
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param readTimeout    longest silence while waiting for the response or between two reads of its body
 * @param totalTimeout   deadline for a whole fetch, redirects included: a server trickling one byte at a
 *                       time never trips the read timeout, this bounds it
 * @param maxBodySize    largest body accepted, both as received and after gzip/deflate decoding (news
 *                       pages are well under 1 MB; 5 MB leaves room for inline scripts and styles). The
 *                       download is cut off as soon as it exceeds this
 * @param maxRedirects   redirects followed before giving up; every hop is checked again
 * @param userAgent      the User-Agent sent with every request, naming the crawler and where to read
 *                       about it, as polite crawlers do
 * @param allow          exemptions from the address policy, comma-separated in {@code NEWSFLOW_FETCH_ALLOW}:
 *                       host names (exact, case-insensitive) or CIDR blocks ({@code 127.0.0.1/32},
 *                       {@code ::1/128}). An allowed host or address may also use any port. Empty by
 *                       default: only public addresses on ports 80/443 are fetched
 */
@ConfigurationProperties("newsflow.fetch")
public record FetchProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("30s") Duration totalTimeout,
        @DefaultValue("5MB") DataSize maxBodySize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("NewsflowBot/0.1 (+https://newsflow.io/bot)") String userAgent,
        @DefaultValue List<String> allow) {

    public FetchProperties {
        allow = allow == null ? List.of()
                : allow.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }
}
