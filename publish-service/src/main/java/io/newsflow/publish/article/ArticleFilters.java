package io.newsflow.publish.article;

import io.newsflow.publish.web.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds an {@link ArticleFilter} from request parameters, validating each: bad input is a 400
 * problem naming the parameter. Values are normalised the way the stored keys are, and only ever used
 * as plain values (never as query documents), so {@code tag[$ne]=x} or {@code {"$gt":""}} are just text.
 */
public final class ArticleFilters {

    /** Tag, entity, topic and site values are short names; a longer value cannot match and is refused early. */
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern WIKIDATA_ID = Pattern.compile("[Qq][1-9][0-9]{0,11}");

    private ArticleFilters() {
    }

    /** Parameters of {@code GET /api/articles}, the stream and the feeds; any may be null. */
    public record Params(String tag, String entity, String topic, String site, String language, String q,
                         String since, String until) {

        public static Params of(String tag, String entity, String topic) {
            return new Params(tag, entity, topic, null, null, null, null, null);
        }
    }

    public static ArticleFilter from(Params p) {
        Instant since = instant("since", p.since());
        Instant until = instant("until", p.until());
        if (since != null && until != null && !since.isBefore(until)) {
            throw Problems.invalidParameter("until", "until must be after since");
        }
        return new ArticleFilter(key("tag", p.tag()), entityKey(p.entity()), key("topic", p.topic()),
                siteKey(p.site()), language(p.language()), terms(p.q()), since, until);
    }

    static String key(String field, String value) {
        if (value == null) {
            return null;
        }
        requireText(field, value);
        String key = ArticleDocuments.tagKey(value);
        if (key == null || key.length() > MAX_VALUE_LENGTH) {
            throw Problems.invalidParameter(field, field + " must be 1 to " + MAX_VALUE_LENGTH + " characters");
        }
        return key;
    }

    /**
     * No stored name holds control characters, noncharacters or lone surrogates, and XML (feeds) cannot
     * carry them: such a value is a client error, not a lookup.
     */
    private static void requireText(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0;
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF';
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || nonCharacter || loneSurrogate) {
                throw Problems.invalidParameter(field, field + " holds a control or invalid character");
            }
        }
    }

    private static String entityKey(String entity) {
        String key = key("entity", entity);
        return key != null && WIKIDATA_ID.matcher(key).matches() ? key.toUpperCase(Locale.ROOT) : key;
    }

    private static String siteKey(String site) {
        String key = key("site", site);
        return key == null ? null : ArticleDocuments.siteKey(key);
    }

    private static String language(String language) {
        if (language == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language.strip()).matches()) {
            throw Problems.invalidParameter("language", "language must be a BCP 47 tag such as en or pt-BR");
        }
        return ArticleDocuments.languageKey(language);
    }

    private static List<String> terms(String q) {
        if (q == null) {
            return List.of();
        }
        if (q.length() > MAX_VALUE_LENGTH) {
            throw Problems.invalidParameter("q", "q must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        requireText("q", q);
        List<String> terms = SearchTerms.of(q);
        if (terms.isEmpty()) {
            throw Problems.invalidParameter("q", "q has no searchable word");
        }
        return terms.subList(0, Math.min(terms.size(), SearchTerms.MAX_QUERY_TERMS));
    }

    /** An ISO-8601 instant ({@code 2024-03-01T10:00:00Z}) or date ({@code 2024-03-01}, midnight UTC). */
    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter(field, field + " must be an ISO-8601 date or instant");
        }
    }
}
