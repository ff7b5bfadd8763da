package io.newsflow.messaging;

import io.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a failed record to {@code <topic>.DLT} (partition chosen by the producer, so a DLT may have
 * fewer partitions than its topic), with Spring Kafka's error headers. A value larger than the event
 * limit is cut to its first {@value #KEPT_BYTES} bytes (at most the limit), with header {@value #ORIGINAL_BYTES_HEADER} giving
 * its size: sent whole it could exceed the producer's or broker's record limit, the send would fail and the
 * consumer would be stuck on that record forever. The whole value stays in the source topic at the
 * offset named by the {@code kafka_dlt-original-offset} header.
 */
class DeadLetterRecoverer extends DeadLetterPublishingRecoverer {

    static final String ORIGINAL_BYTES_HEADER = "newsflow_dlt-original-value-bytes";
    /** Enough to see what the record was; far below any record-size limit. */
    static final int KEPT_BYTES = 64 * 1024;

    private final int maxEventBytes;

    DeadLetterRecoverer(KafkaOperations<?, ?> template, int maxEventBytes) {
        super(template, (record, cause) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        this.maxEventBytes = maxEventBytes;
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
            TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
        ProducerRecord<Object, Object> out = super.createProducerRecord(record, topicPartition, headers, key, value);
        if (out.value() instanceof byte[] bytes && bytes.length > maxEventBytes) {
            out.headers().add(ORIGINAL_BYTES_HEADER, String.valueOf(bytes.length).getBytes(StandardCharsets.UTF_8));
            return new ProducerRecord<>(out.topic(), out.partition(), out.timestamp(), out.key(),
                    Arrays.copyOf(bytes, Math.min(KEPT_BYTES, maxEventBytes)), out.headers());
        }
        return out;
    }
}
