package io.newsflow.publish.stream;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * In-process fan-out of what the consumers just stored to the Server-Sent Events subscribers of this
 * copy of the service. Best effort by design: a subscriber that cannot keep up misses events rather
 * than slowing the consumers down, and an event is only ever sent after it is durably stored, so a
 * client that reconnects can catch up through the query API.
 */
@Component
public class LiveEvents {

    /** The two streams; the name is the SSE event name. */
    public enum Channel {
        ARTICLES("article"),
        SUBMISSIONS("status");

        private final String eventName;

        Channel(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }

    /**
     * One event: its SSE id, its JSON body, and for articles the stored document (filters of a stream
     * are tested on it; null for status events).
     */
    public record LiveEvent(String id, Object data, org.bson.Document article) {
    }

    private final Map<Channel, Sinks.Many<LiveEvent>> sinks = new ConcurrentHashMap<>();

    public LiveEvents() {
        for (Channel channel : Channel.values()) {
            sinks.put(channel, Sinks.many().multicast().directBestEffort());
        }
    }

    /**
     * Sends an event to the channel's current subscribers. Synchronized because Kafka listener threads
     * call it concurrently and a sink accepts one emitter at a time.
     */
    public synchronized void publish(Channel channel, String id, Object data) {
        publish(channel, id, data, null);
    }

    public synchronized void publish(Channel channel, String id, Object data, org.bson.Document article) {
        // The result is ignored on purpose: "no subscriber" and "subscriber too slow" are both fine here.
        sinks.get(channel).tryEmitNext(new LiveEvent(id, data, article));
    }

    Flux<LiveEvent> subscribe(Channel channel) {
        return sinks.get(channel).asFlux();
    }

    /** Whether anyone listens on the channel now: lets a producer skip building an event no one would get. */
    public boolean hasSubscribers(Channel channel) {
        return subscriberCount(channel) > 0;
    }

    int subscriberCount(Channel channel) {
        return sinks.get(channel).currentSubscriberCount();
    }
}
