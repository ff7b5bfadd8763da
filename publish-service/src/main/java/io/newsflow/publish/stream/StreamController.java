package io.newsflow.publish.stream;

import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.stream.LiveEvents.Channel;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * Live Server-Sent Events: newly published articles ({@code event: article}, id = article id, data =
 * the article summary) and submission status changes ({@code event: status}, id = submission id), with
 * a comment line as heartbeat.
 * A client that reconnects catches up through the query API; issue 6 adds {@code Last-Event-ID} resume.
 */
@RestController
class StreamController {

    static final String HEARTBEAT = "heartbeat";
    /** First line of every stream, sent once the subscription is live: a client may rely on seeing events from then on. */
    static final String CONNECTED = "connected";

    private final LiveEvents events;
    private final PublishProperties props;

    StreamController(LiveEvents events, PublishProperties props) {
        this.events = events;
        this.props = props;
    }

    @GetMapping(path = "/api/articles/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> articles() {
        return stream(Channel.ARTICLES);
    }

    @GetMapping(path = "/api/submissions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> submissions() {
        return stream(Channel.SUBMISSIONS);
    }

    private Flux<ServerSentEvent<Object>> stream(Channel channel) {
        Flux<ServerSentEvent<Object>> live = events.subscribe(channel)
                .map(event -> ServerSentEvent.builder(event.data()).event(channel.eventName()).id(event.id()).build());
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(props.heartbeatInterval())
                .map(tick -> ServerSentEvent.builder().comment(HEARTBEAT).build());
        // The live source is subscribed first, so the "connected" comment really means connected.
        return Flux.merge(live, Flux.just(ServerSentEvent.builder().comment(CONNECTED).build()), heartbeats);
    }
}
