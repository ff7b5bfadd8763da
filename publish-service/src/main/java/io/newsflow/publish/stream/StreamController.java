package io.newsflow.publish.stream;

import io.newsflow.publish.article.ArticleFilter;
import io.newsflow.publish.article.ArticleFilters;
import io.newsflow.publish.article.ArticleFilters.Params;
import io.newsflow.publish.article.ArticleQueries;
import io.newsflow.publish.article.ArticleSummaries;
import io.newsflow.publish.article.StreamPosition;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.stream.LiveEvents.Channel;
import io.newsflow.publish.stream.LiveEvents.LiveEvent;
import io.newsflow.publish.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Live Server-Sent Events: newly written articles ({@code event: article}, data = the article summary)
 * and submission status changes ({@code event: status}, id = submission id), with a comment line as
 * heartbeat. The article stream takes the listing's filters, and its event ids are stream positions:
 * a client reconnecting with {@code Last-Event-ID} (or {@code ?lastEventId=}) first gets what was
 * written after that event (from the store, at most {@code stream-replay-limit}), then the live events.
 */
@RestController
class StreamController {

    static final String HEARTBEAT = "heartbeat";
    /** First line of every stream, sent once the subscription is live: a client may rely on seeing events from then on. */
    static final String CONNECTED = "connected";
    /** Live events buffered per client while its replay is read from the store. */
    static final int LIVE_BUFFER = 1_000;

    private final LiveEvents events;
    private final ArticleQueries queries;
    private final PublishProperties props;

    StreamController(LiveEvents events, ArticleQueries queries, PublishProperties props) {
        this.events = events;
        this.queries = queries;
        this.props = props;
    }

    @Operation(summary = "Server-Sent Events of newly published articles; filters as the listing; Last-Event-ID resumes")
    @GetMapping(path = "/api/articles/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> articles(
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String site,
            @RequestParam(required = false) String language, @RequestParam(required = false) String q) {
        ArticleFilter filter = ArticleFilters.from(new Params(tag, entity, topic, site, language, q, null, null));
        StreamPosition resumeAfter = position(lastEventId != null ? lastEventId : lastEventIdParam);
        AtomicReference<Disposable> connection = new AtomicReference<>();
        // Connected at once and buffered, so nothing written during the replay is missed.
        Flux<LiveEvent> live = events.subscribe(Channel.ARTICLES)
                .filter(event -> event.article() != null && filter.matches(event.article()))
                .replay(LIVE_BUFFER).autoConnect(0, connection::set);
        AtomicReference<StreamPosition> last = new AtomicReference<>(resumeAfter);
        Flux<ServerSentEvent<Object>> replay = resumeAfter == null ? Flux.empty()
                : queries.writtenAfter(resumeAfter, filter).map(document -> {
                    last.set(StreamPosition.of(document));
                    return article(StreamPosition.of(document), ArticleSummaries.of(document, props.summaryTags()));
                });
        Flux<ServerSentEvent<Object>> fresh = live
                .filter(event -> last.get() == null || StreamPosition.of(event.article()).isAfter(last.get()))
                .map(event -> article(StreamPosition.of(event.article()), event.data()));
        return withHeartbeats(Flux.concat(replay, fresh))
                .doFinally(signal -> {
                    Disposable disposable = connection.get();
                    if (disposable != null) {
                        disposable.dispose();
                    }
                });
    }

    @Operation(summary = "Server-Sent Events of submission status changes")
    @GetMapping(path = "/api/submissions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> submissions() {
        Flux<ServerSentEvent<Object>> live = events.subscribe(Channel.SUBMISSIONS)
                .map(event -> ServerSentEvent.builder(event.data()).event(Channel.SUBMISSIONS.eventName())
                        .id(event.id()).build());
        return withHeartbeats(live);
    }

    private static ServerSentEvent<Object> article(StreamPosition position, Object summary) {
        return ServerSentEvent.builder(summary).event(Channel.ARTICLES.eventName()).id(position.encode()).build();
    }

    private Flux<ServerSentEvent<Object>> withHeartbeats(Flux<ServerSentEvent<Object>> events) {
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(props.heartbeatInterval())
                .map(tick -> ServerSentEvent.builder().comment(HEARTBEAT).build());
        // The live source is subscribed first, so the "connected" comment really means connected.
        return Flux.merge(events, Flux.just(ServerSentEvent.builder().comment(CONNECTED).build()), heartbeats);
    }

    private static StreamPosition position(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return null;
        }
        try {
            return StreamPosition.decode(eventId);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidParameter("Last-Event-ID", "Last-Event-ID is not an event id of this stream");
        }
    }
}
