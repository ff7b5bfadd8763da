package io.newsflow.messaging;

import io.newsflow.contracts.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the ids of the record being processed into the logging context (MDC keys {@code articleId},
 * {@code submissionId}, {@code topic}) for the listener and everything it calls on that thread, so
 * every log line, plain or JSON, can be tied to its article and submission. The ids come from the key
 * (submission topics are keyed by submission id, article topics by article id) and from the top level
 * of the JSON value, read by a streaming scan that stops as soon as both are found. A value that is not
 * JSON simply leaves an id out: this interceptor never rejects a record.
 */
public class LoggingContextInterceptor implements RecordInterceptor<Object, Object> {

    public static final String ARTICLE_ID = "articleId";
    public static final String SUBMISSION_ID = "submissionId";
    public static final String TOPIC = "topic";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final int maxScanBytes;

    /** @param maxScanBytes values larger than this are not scanned (they are dead-lettered anyway) */
    public LoggingContextInterceptor(int maxScanBytes) {
        this.maxScanBytes = maxScanBytes;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        MDC.put(TOPIC, record.topic());
        String key = record.key() instanceof String k && !k.isBlank() ? k : null;
        String topic = record.topic().endsWith(Topics.DLT_SUFFIX)
                ? record.topic().substring(0, record.topic().length() - Topics.DLT_SUFFIX.length()) : record.topic();
        if (key != null && (Topics.SUBMISSIONS.equals(topic) || Topics.SUBMISSION_STATUS.equals(topic))) {
            MDC.put(SUBMISSION_ID, key);
        } else if (key != null && topic.startsWith("newsflow.articles.")) {
            MDC.put(ARTICLE_ID, key);
        }
        if (record.value() instanceof byte[] value && value.length <= maxScanBytes) {
            scanIds(value);
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        clear();
    }

    static void clear() {
        MDC.remove(TOPIC);
        MDC.remove(ARTICLE_ID);
        MDC.remove(SUBMISSION_ID);
    }

    /** Top-level string fields articleId / submissionId of a JSON object, without building a tree. */
    private void scanIds(byte[] value) {
        try (JsonParser parser = mapper.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            int found = 0;
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME && found < 2;
                 token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken next = parser.nextToken();
                if (next == JsonToken.VALUE_STRING && (ARTICLE_ID.equals(name) || SUBMISSION_ID.equals(name))) {
                    MDC.put(name, parser.getString());
                    found++;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            // Not JSON (a poison record): the key-based id, if any, is all the context there is.
        }
    }
}
