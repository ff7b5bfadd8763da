package io.newsflow.sources.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One URL per line (UTF-8). Blank lines and lines starting with {@code #} are ignored; every other line
 * must be a submittable URL ({@link SubmittableUrls}) or is reported with its line number. Lines past the
 * entry limit are reported once, not silently dropped.
 */
public final class UrlListReader {

    private static final String COMMENT = "#";

    private UrlListReader() {
    }

    public static UrlList read(byte[] body, ParseLimits limits) {
        if (body.length > limits.maxDocumentBytes()) {
            throw new MalformedSourceException("list of " + body.length + " bytes exceeds the limit of "
                    + limits.maxDocumentBytes());
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Set<String> urls = new LinkedHashSet<>();
        List<UrlList.LineError> errors = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(COMMENT)) {
                continue;
            }
            if (urls.size() == limits.maxEntries()) {
                errors.add(new UrlList.LineError(i + 1, "more than " + limits.maxEntries()
                        + " URLs: this line and the ones after it were not read"));
                break;
            }
            String problem = SubmittableUrls.problemOf(line);
            if (problem == null) {
                urls.add(line);
            } else {
                errors.add(new UrlList.LineError(i + 1, problem));
            }
        }
        return new UrlList(new ArrayList<>(urls), errors);
    }
}
