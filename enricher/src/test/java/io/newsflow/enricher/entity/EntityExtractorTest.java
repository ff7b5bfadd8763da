package io.newsflow.enricher.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Entity;
import io.newsflow.enricher.EntityType;
import io.newsflow.enricher.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();
    private static List<Entity> examplePage;

    @BeforeAll
    static void extractExamplePage() {
        examplePage = EXTRACTOR.extract(Fixtures.analyzed(Fixtures.examplePage()));
    }

    @Test
    void wellKnownOrganisationsAndCountriesCarryTheirWikidataIds() {
        assertThat(find("NATO")).get().extracting(Entity::type, Entity::wikidataId)
                .containsExactly(EntityType.ORGANIZATION, "Q7184");
        assertThat(find("Ukraine")).get().extracting(Entity::type, Entity::wikidataId)
                .containsExactly(EntityType.PLACE, "Q212");
    }

    @Test
    void surnameMentionsMergeIntoTheFullName() {
        Entity stoltenberg = find("Jens Stoltenberg").orElseThrow();
        assertThat(stoltenberg.type()).isEqualTo(EntityType.PERSON);
        assertThat(stoltenberg.mentions()).isGreaterThanOrEqualTo(6);   // "Stoltenberg said" counts too
        assertThat(examplePage).extracting(Entity::name).doesNotContain("Stoltenberg", "Blinken");
    }

    @Test
    void peopleOutsideTheGazetteerAreTypedByTheirTitles() {
        for (String name : List.of("Dmytro Kuleba", "Hakan Fidan", "Tobias Billstrom", "Antony Blinken")) {
            assertThat(find(name)).as(name).get().extracting(Entity::type, Entity::wikidataId)
                    .containsExactly(EntityType.PERSON, null);
        }
    }

    @Test
    void organisationNamesEndingInAnInstitutionWordAreOrganisations() {
        assertThat(find("NATO-Ukraine Council")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void titlesAreNotPartOfNames() {
        assertThat(examplePage).extracting(Entity::name)
                .noneMatch(n -> n.contains("Secretary") || n.contains("Minister") || n.contains("General"));
    }

    @Test
    void pageBoilerplateIsNotTagged() {
        assertThat(examplePage).extracting(Entity::name)
                .noneMatch(n -> n.contains("IRIA") || n.contains("Comment") || n.contains("Related")
                        || n.contains("Credit") || n.contains("Erik") || n.contains("News"));
    }

    @Test
    void sentenceOpeningWordsAreNotNames() {
        List<Entity> storm = EXTRACTOR.extract(Fixtures.analyzed(Fixtures.article("storm-flooding-coast")));
        assertThat(storm).extracting(Entity::name).doesNotContain("Forecasters", "Insurers", "Rivers", "Schools");
        assertThat(examplePage).extracting(Entity::name).doesNotContain("Meanwhile", "According", "Speaking",
                "Left", "Despite", "Extension");
    }

    @Test
    void theMostMentionedEntityIsTheMostSalientAndScoresStayInUnitRange() {
        assertThat(examplePage.get(0).name()).isEqualTo("NATO");
        assertThat(examplePage).allMatch(e -> e.score() > 0 && e.score() <= 1);
        assertThat(examplePage).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void hyphenatedPairsOfKnownNamesCountForBoth() {
        List<Entity> fromTitle = EXTRACTOR.extract(Fixtures.analyzer().analyze(
                "Talks on the Russia-Ukraine war", "Diplomats met to discuss the Russia-Ukraine war."));
        assertThat(fromTitle).extracting(Entity::name).contains("Russia", "Ukraine");
    }

    @Test
    void aMiddleInitialDoesNotCutTheNameAtAFalseSentenceEnd() {
        assertThat(find("Christopher G. Cavoli")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNationalityOrOfficeBeforeATitleIsNeitherPlaceNorPerson() {
        assertThat(examplePage).extracting(Entity::name).doesNotContain("Swedish", "Turkish", "Transformation");
    }

    @Test
    void captionListsOfPeopleAreReadNameByName() {
        assertThat(examplePage).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Philippe Lavigne", "Rob Bauer", "Mircea Geoană");
        assertThat(find("NATO Military Committee")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void gazetteerHasCuratedIdsAndNoDuplicateAliases() {
        Gazetteer gazetteer = Gazetteer.load();
        assertThat(gazetteer.size()).isGreaterThan(400);
        assertThat(gazetteer.lookup("North Atlantic Treaty Organization")).get()
                .extracting(GazetteerEntry::wikidataId).isEqualTo("Q7184");
    }

    private static Optional<Entity> find(String name) {
        return examplePage.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
