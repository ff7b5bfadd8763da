package io.newsflow.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts dead-lettered records: {@code newsflow.dlt.records{topic=<topic>.DLT, cause=malformed|gave_up}}
 * (Prometheus: {@code newsflow_dlt_records_total}). Any increase deserves a look at the DLT.
 */
public class DeadLetterMeter implements DeadLetterObserver {

    static final String METER = "newsflow.dlt.records";

    private final ObjectProvider<MeterRegistry> registry;

    /** @param registry the service's registry, looked up at the first dead letter (none: nothing counted) */
    public DeadLetterMeter(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void onDeadLetter(ConsumerRecord<?, ?> record, Exception cause) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return;
        }
        Counter.builder(METER)
                .description("Records sent to a dead-letter topic")
                .tag("topic", Topics.deadLetterOf(record.topic()))
                .tag("cause", FailedSubmissionReporter.hasMalformedCause(cause) ? "malformed" : "gave_up")
                .register(meters)
                .increment();
    }
}
