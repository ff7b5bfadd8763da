package io.newsflow.messaging;

import java.util.Set;

/**
 * Tells a failure of the infrastructure a listener depends on (its database, the broker, a socket that
 * could not connect) from a failure of the record itself. The first kind says nothing about the record:
 * dead-lettering it would turn a 30-second database restart into lost work (and, for status records, a
 * submission stuck in a non-terminal state), so such records are retried until the infrastructure is
 * back, while the service reports itself not ready. Matched by class name along the cause chain, so this
 * module needs neither the MongoDB driver nor any other client on its classpath.
 */
public final class InfrastructureFailures {

    /** Exceptions (and their subclasses) that mean "a dependency is down or too slow". */
    private static final Set<String> INFRASTRUCTURE_CLASSES = Set.of(
            "java.net.ConnectException",
            "java.net.SocketException",
            "java.net.SocketTimeoutException",
            "java.nio.channels.ClosedChannelException",
            "java.util.concurrent.TimeoutException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoSocketOpenException",
            "com.mongodb.MongoSocketReadException",
            "com.mongodb.MongoSocketWriteException",
            "com.mongodb.MongoSocketClosedException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketReadTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.DisconnectException",
            "org.apache.kafka.common.errors.NotEnoughReplicasException",
            "org.apache.kafka.common.errors.NotLeaderOrFollowerException",
            "org.apache.kafka.common.errors.NetworkException");

    /** Reactor's {@code block(timeout)} reports an elapsed wait as an IllegalStateException with this text. */
    private static final String REACTOR_BLOCK_TIMEOUT = "Timeout on blocking read";

    private InfrastructureFailures() {
    }

    /** True when any exception along the cause chain says a dependency was unreachable or too slow. */
    public static boolean isInfrastructure(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof MalformedEventException) {
                return false;
            }
            for (Class<?> type = t.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                if (INFRASTRUCTURE_CLASSES.contains(type.getName())) {
                    return true;
                }
            }
            if (t instanceof IllegalStateException && t.getMessage() != null
                    && t.getMessage().startsWith(REACTOR_BLOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
