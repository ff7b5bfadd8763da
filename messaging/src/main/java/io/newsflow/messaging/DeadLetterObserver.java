package io.newsflow.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Told about every record sent to a dead-letter topic, after it was sent, so the service can make
 * the failure visible (a FAILED status for the submission, a metric). Must not throw.
 */
@FunctionalInterface
public interface DeadLetterObserver {

    void onDeadLetter(ConsumerRecord<?, ?> record, Exception cause);
}
