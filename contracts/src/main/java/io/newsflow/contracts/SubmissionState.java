package io.newsflow.contracts;

/** Where a submission is in the pipeline. Every submission ends in exactly one terminal state. */
public enum SubmissionState {
    ACCEPTED(false),
    FETCHING(false),
    EXTRACTED(false),
    /** The same content is already stored (same canonical URL and content hash, or a syndicated copy). */
    DUPLICATE(true),
    ENRICHED(false),
    PUBLISHED(true),
    /** Ended with a {@link ReasonCodes reason code} and a message. */
    FAILED(true);

    private final boolean terminal;

    SubmissionState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
