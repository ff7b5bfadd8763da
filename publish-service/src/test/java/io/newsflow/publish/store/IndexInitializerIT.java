package io.newsflow.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.publish.config.DefaultProperties;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class IndexInitializerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void indexesAreCreatedAndCreatingThemAgainIsHarmless() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            Collections collections = mongo.collections("indexes");
            IndexInitializer initializer = new IndexInitializer(collections, DefaultProperties.publish());

            initializer.afterPropertiesSet();
            initializer.afterPropertiesSet();

            List<String> names = collections.articles().flatMapMany(c -> Flux.from(c.listIndexes()))
                    .map(index -> ((Document) index).getString("name")).collectList().block(TIMEOUT);
            assertThat(names).contains("newest_first", "tag_newest_first", "tag", "wikidata_id", "submission");
            assertThat(collections.submissions().flatMapMany(c -> Flux.from(c.listIndexes()))
                    .map(index -> ((Document) index).getString("name")).collectList().block(TIMEOUT))
                    .contains("article");
        }
    }
}
