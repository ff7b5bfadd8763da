package io.newsflow.ingest.submit;

import io.newsflow.contracts.SubmissionState;

/** One accepted URL: its submission id (to follow at publish-service's {@code /api/submissions/{id}}). */
record SubmissionReceipt(String id, String url, SubmissionState state) {
}
