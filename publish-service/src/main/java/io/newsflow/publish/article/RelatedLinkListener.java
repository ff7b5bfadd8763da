package io.newsflow.publish.article;

import io.newsflow.contracts.ArticleRelatedLinked;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.publish.config.PublishProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies related links found by enrich-service to the earlier article ({@link RelatedLinks}). Its own
 * consumer group, so links never wait behind article storage; a link for an article not stored yet is
 * kept pending, never dropped.
 */
@Component
class RelatedLinkListener {

    private static final Logger log = LoggerFactory.getLogger(RelatedLinkListener.class);

    private final EventCodec codec;
    private final RelatedLinks links;
    private final PublishProperties props;

    RelatedLinkListener(EventCodec codec, RelatedLinks links, PublishProperties props) {
        this.codec = codec;
        this.links = links;
        this.props = props;
    }

    @KafkaListener(id = "publish-related", topics = Topics.ARTICLES_RELATED, groupId = "newsflow-publish-related")
    void onRelatedLinked(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try (var articleId = MDC.putCloseable("articleId", record.key())) {
            ArticleRelatedLinked link = codec.decode(record.value(), ArticleRelatedLinked.class);
            Boolean applied = links.apply(link).block(props.storeTimeout());
            log.debug("related link {} -> {}: {}", link.articleId(), link.related().id(),
                    Boolean.TRUE.equals(applied) ? "applied" : "pending");
        }
    }
}
