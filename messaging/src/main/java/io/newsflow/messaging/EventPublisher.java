package io.newsflow.messaging;

import io.newsflow.contracts.CloudEventHeaders;
import io.newsflow.contracts.NewsflowEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes contract events: key from the event, JSON value, CloudEvents attributes as headers
 * (binary mode). The returned future completes when the broker has acknowledged (acks=all).
 */
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final EventCodec codec;
    private final String source;
    private final Clock clock;

    public EventPublisher(KafkaTemplate<String, byte[]> template, EventCodec codec, String serviceName, Clock clock) {
        this.template = template;
        this.codec = codec;
        this.source = "/newsflow/" + serviceName;
        this.clock = clock;
    }

    public CompletableFuture<SendResult<String, byte[]>> publish(String topic, NewsflowEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), codec.encode(event));
        addCloudEventHeaders(record.headers(), event);
        return template.send(record);
    }

    private void addCloudEventHeaders(Headers headers, NewsflowEvent event) {
        header(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TIME, clock.instant().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
