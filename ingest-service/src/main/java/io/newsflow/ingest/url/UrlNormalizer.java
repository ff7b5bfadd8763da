package io.newsflow.ingest.url;

import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one spelling of a URL that identifies an article: scheme and host in lower case (IDN hosts in
 * their ASCII form), no user info, no default port, no fragment, an empty path as "/", tracking parameters removed
 * and the remaining query parameters sorted (stable, so repeated keys keep their order). Percent-escapes
 * are kept as written: decoding them could change what the server sees.
 */
public final class UrlNormalizer {

    /** Parameters that only say where a click came from; the same article carries many variants of them. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid",
            "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "mc_cid", "mc_eid", "igshid", "_ga", "_gl",
            "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "ocid");
    /** Google Analytics campaign parameters (utm_source, utm_medium, ...). */
    private static final String TRACKING_PREFIX = "utm_";

    private UrlNormalizer() {
    }

    /** The normal form of an absolute http(s) URL. */
    public static String normalize(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append("://");
        out.append(host(url.getHost()));
        if (url.getPort() != -1 && url.getPort() != defaultPort(scheme)) {
            out.append(':').append(url.getPort());
        }
        String path = url.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = query(url.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String host(String host) {
        if (host.startsWith("[")) {
            return host.toLowerCase(Locale.ROOT);
        }
        String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        return ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !isTracking(name(parameter))) {
                kept.add(parameter);
            }
        }
        kept.sort(Comparator.comparing(UrlNormalizer::name));
        return String.join("&", kept);
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    private static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(TRACKING_PREFIX) || TRACKING_PARAMETERS.contains(lower);
    }
}
