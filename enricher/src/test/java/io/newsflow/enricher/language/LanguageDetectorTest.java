package io.newsflow.enricher.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Fixtures;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void englishNewsPageIsEnglish() {
        Document page = Fixtures.examplePage();
        assertThat(DETECTOR.detect(page.title() + "\n" + page.body())).isEqualTo("en");
    }

    @Test
    void germanAndFrenchNewsAreToldApart() {
        assertThat(DETECTOR.detect("Die Außenminister der NATO haben sich am Mittwoch in Brüssel getroffen, "
                + "um über die weitere Unterstützung der Ukraine zu beraten.")).isEqualTo("de");
        assertThat(DETECTOR.detect("Les ministres des Affaires étrangères de l'OTAN se sont réunis mercredi "
                + "à Bruxelles pour discuter du soutien à l'Ukraine.")).isEqualTo("fr");
    }

    @Test
    void textTooShortToJudgeIsUndetermined() {
        assertThat(DETECTOR.detect("NATO")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(DETECTOR.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(DETECTOR.detect("12 345 678 -- !!")).isEqualTo(LanguageDetector.UNDETERMINED);
    }
}
