package io.newsflow.ingest.support;

import io.newsflow.contracts.NewsflowEvent;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.MalformedEventException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Reads a topic from the beginning with a group of its own, accumulating what it has seen. */
public final class TopicReader implements AutoCloseable {

    private final Consumer<String, byte[]> consumer;
    private final EventCodec codec;
    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();

    public TopicReader(ConsumerFactory<String, byte[]> consumerFactory, EventCodec codec, String topic) {
        this.codec = codec;
        consumer = consumerFactory.createConsumer("it-" + topic + "-" + System.nanoTime(), null);
        consumer.subscribe(List.of(topic));
    }

    public synchronized <T extends NewsflowEvent> List<T> read(Class<T> type) {
        poll();
        List<T> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                events.add(codec.decode(record.value(), type));
            } catch (MalformedEventException e) {
                // another test's deliberately broken record on the shared broker
            }
        }
        return events;
    }

    public synchronized List<String> keys() {
        poll();
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private void poll() {
        KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(records::add);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
