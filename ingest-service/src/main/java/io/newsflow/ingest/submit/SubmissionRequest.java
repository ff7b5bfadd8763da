package io.newsflow.ingest.submit;

import java.util.List;

/** Body of {@code POST /api/submissions}: one {@code url}, or a list of {@code urls}, not both. */
record SubmissionRequest(String url, List<String> urls) {
}
