package io.newsflow.ingest.fetch;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.newsflow.contracts.ReasonCodes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Turns what the network threw into a {@link FetchOutcome.Failed} with a reason code an editor understands. */
final class FetchErrors {

    private FetchErrors() {
    }

    static FetchOutcome.Failed toFailure(URI url, Throwable error, FetchTimeouts timeouts) {
        String host = url.getHost();
        if (find(error, BlockedAddressException.class) instanceof BlockedAddressException blocked) {
            return new FetchOutcome.Failed(url, ReasonCodes.BLOCKED_ADDRESS, blocked.getMessage());
        }
        if (find(error, BodyTooLargeException.class) instanceof BodyTooLargeException tooLarge) {
            return new FetchOutcome.Failed(url, ReasonCodes.TOO_LARGE, tooLarge.getMessage());
        }
        if (find(error, UndecodableBodyException.class) instanceof UndecodableBodyException undecodable) {
            return new FetchOutcome.Failed(url, ReasonCodes.UNSUPPORTED_CONTENT_TYPE, undecodable.getMessage());
        }
        if (find(error, UnknownHostException.class) != null) {
            return new FetchOutcome.Failed(url, ReasonCodes.UNKNOWN_HOST, "unknown host " + host);
        }
        if (find(error, ConnectTimeoutException.class) != null) {
            return new FetchOutcome.Failed(url, ReasonCodes.TIMEOUT, "no connection to " + host + " within "
                    + timeouts.connect().toMillis() + " ms");
        }
        if (find(error, ReadTimeoutException.class) != null) {
            return new FetchOutcome.Failed(url, ReasonCodes.TIMEOUT, host + " sent nothing for "
                    + timeouts.read().toMillis() + " ms");
        }
        if (find(error, TimeoutException.class) != null) {
            return new FetchOutcome.Failed(url, ReasonCodes.TIMEOUT, "no complete answer within "
                    + timeouts.total().toMillis() + " ms");
        }
        if (find(error, ConnectException.class) != null) {
            return new FetchOutcome.Failed(url, ReasonCodes.UNREACHABLE, "connection to " + host + " refused");
        }
        if (find(error, IOException.class) instanceof IOException io) {
            return new FetchOutcome.Failed(url, ReasonCodes.UNREACHABLE, "connection to " + host + " failed: "
                    + describe(io));
        }
        return new FetchOutcome.Failed(url, ReasonCodes.PROCESSING_FAILED, "fetch failed: " + describe(error));
    }

    private static Throwable find(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
