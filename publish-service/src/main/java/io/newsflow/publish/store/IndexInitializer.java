package io.newsflow.publish.store;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.newsflow.publish.config.PublishProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the indexes of both collections when the service starts, before the Kafka listeners (which
 * start with the context's lifecycle, after every bean is initialised). Creating an index that exists
 * with the same keys and name is a no-op, so every start (and every copy of the service) may run it.
 * The indexes serve real MongoDB; the embedded server (mongo-java-server 1.47) accepts every one of
 * them and ignores the non-unique ones (queries stay correct, just unindexed).
 */
@Component
class IndexInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

    /** Newest-first listing and its cursor: (firstSeen desc, _id desc). */
    static final IndexModel ARTICLES_NEWEST_FIRST = new IndexModel(
            Indexes.descending("firstSeen", "_id"), new IndexOptions().name("newest_first"));
    /** The {@code ?tag=} filter followed by the newest-first order. */
    static final IndexModel ARTICLES_BY_TAG_NEWEST_FIRST = new IndexModel(
            Indexes.compoundIndex(Indexes.ascending("tagKeys"), Indexes.descending("firstSeen", "_id")),
            new IndexOptions().name("tag_newest_first"));
    /** Multikey index of the normalised tag names alone, for tag counts and future tag queries. */
    static final IndexModel ARTICLES_BY_TAG = new IndexModel(Indexes.ascending("tagKeys"),
            new IndexOptions().name("tag"));
    /** Entities by Wikidata id (issue 6's {@code entity} filter). */
    static final IndexModel ARTICLES_BY_WIKIDATA_ID = new IndexModel(Indexes.ascending("tags.wikidataId"),
            new IndexOptions().name("wikidata_id"));
    /** Which article a submission produced, and back. */
    static final IndexModel ARTICLES_BY_SUBMISSION = new IndexModel(Indexes.ascending("submissionId"),
            new IndexOptions().name("submission"));
    static final IndexModel SUBMISSIONS_BY_ARTICLE = new IndexModel(Indexes.ascending("articleId"),
            new IndexOptions().name("article"));
    /** Filters of the listing, each followed by the newest-first order (multikey for the array keys). */
    static final IndexModel ARTICLES_BY_ENTITY = newestFirstBy("entityKeys", "entity_newest_first");
    static final IndexModel ARTICLES_BY_TOPIC = newestFirstBy("topicKeys", "topic_newest_first");
    static final IndexModel ARTICLES_BY_SITE = newestFirstBy("siteKeys", "site_newest_first");
    static final IndexModel ARTICLES_BY_LANGUAGE = newestFirstBy("languageKey", "language_newest_first");
    static final IndexModel ARTICLES_BY_SOURCE = newestFirstBy("source", "source_newest_first");
    /** Search: the {@code $all} of the query terms runs on this multikey index. */
    static final IndexModel ARTICLES_BY_SEARCH_TERM = new IndexModel(Indexes.ascending("searchTerms"),
            new IndexOptions().name("search_terms"));
    /** Stream resume: articles written after a position, oldest write first. */
    static final IndexModel ARTICLES_BY_WRITE = new IndexModel(Indexes.ascending("updatedAt", "_id"),
            new IndexOptions().name("written"));
    static final IndexModel DELIVERIES_BY_WEBHOOK = new IndexModel(
            Indexes.compoundIndex(Indexes.ascending("webhookId"), Indexes.descending("createdAt")),
            new IndexOptions().name("webhook_newest_first"));

    private final Collections collections;
    private final PublishProperties props;

    private static IndexModel newestFirstBy(String field, String name) {
        return new IndexModel(Indexes.compoundIndex(Indexes.ascending(field), Indexes.descending("firstSeen", "_id")),
                new IndexOptions().name(name));
    }

    IndexInitializer(Collections collections, PublishProperties props) {
        this.collections = collections;
        this.props = props;
    }

    @Override
    public void afterPropertiesSet() {
        createIndexes().block(props.indexTimeout());
    }

    Mono<Void> createIndexes() {
        Flux<String> articles = collections.articles().flatMapMany(collection -> collection.createIndexes(List.of(
                ARTICLES_NEWEST_FIRST, ARTICLES_BY_TAG_NEWEST_FIRST, ARTICLES_BY_TAG, ARTICLES_BY_WIKIDATA_ID,
                ARTICLES_BY_SUBMISSION, ARTICLES_BY_ENTITY, ARTICLES_BY_TOPIC, ARTICLES_BY_SITE, ARTICLES_BY_LANGUAGE,
                ARTICLES_BY_SOURCE, ARTICLES_BY_SEARCH_TERM, ARTICLES_BY_WRITE)));
        Flux<String> submissions = collections.submissions()
                .flatMapMany(collection -> collection.createIndexes(List.of(SUBMISSIONS_BY_ARTICLE)));
        Flux<String> deliveries = collections.deliveries()
                .flatMapMany(collection -> collection.createIndexes(List.of(DELIVERIES_BY_WEBHOOK)));
        return articles.concatWith(submissions).concatWith(deliveries).collectList()
                .doOnNext(names -> log.info("MongoDB indexes ready: {}", names))
                .then();
    }
}
