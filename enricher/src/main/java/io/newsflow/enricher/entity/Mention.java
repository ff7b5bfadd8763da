package io.newsflow.enricher.entity;

import io.newsflow.enricher.EntityType;
import java.util.List;

/**
 * One occurrence of a name in the text.
 *
 * @param words    the name's tokens, titles and possessives left out
 * @param type     the type its context or its own words suggest, null when nothing does
 * @param known    the gazetteer entry it matched, or null
 * @param sentence ordinal of its sentence
 * @param headline true when it occurs in the title
 * @param sentenceInitial true when it opens its sentence (its capital may only mark the sentence start)
 * @param afterArticle    true after "the" ("the Keck Observatory"), which people's names do not take
 */
record Mention(List<String> words, EntityType type, GazetteerEntry known, int sentence, boolean headline,
               boolean sentenceInitial, boolean afterArticle) {

    String name() {
        return String.join(" ", words);
    }

    String lastWord() {
        return words.get(words.size() - 1);
    }
}
