package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void leadingByIsDroppedAndSeveralPeopleAreSplit() {
        assertThat(Bylines.splitNames("By David Brand and Ramsey Khalifeh")).containsExactly("David Brand", "Ramsey Khalifeh");
        assertThat(Bylines.splitNames("Von Anna Müller und Jan Kowalski")).containsExactly("Anna Müller", "Jan Kowalski");
    }

    @Test
    void bylineGluedToItsNameLosesTheByButByronKeepsHisName() {
        assertThat(Bylines.asWritten("ByAlex Bozarjian")).isEqualTo("Alex Bozarjian");
        assertThat(Bylines.asWritten("Byron Smith")).isEqualTo("Byron Smith");
    }

    @Test
    void namesAreKeptAsThePageWritesThem() {
        assertThat(Bylines.asWritten("By David Brand and Ramsey Khalifeh")).isEqualTo("David Brand and Ramsey Khalifeh");
        assertThat(Bylines.asWritten("Deutscher Caritasverband e. V.", "Caritas")).isNull();
        assertThat(Bylines.asWritten("Example News", "Example News")).isNull();
        assertThat(Bylines.asWritten("Rob Picheta, CNN", "CNN")).isEqualTo("Rob Picheta");
    }

    @Test
    void labelsAndSiteWordsAreNotPeople() {
        assertThat(Bylines.asWritten("Follow")).isNull();
        assertThat(Bylines.asWritten("Author")).isNull();
        assertThat(Bylines.asWritten("https://www.facebook.com/someone")).isNull();
        assertThat(Bylines.asWritten("Alle Beiträge")).isNull();
    }

    @Test
    void aSentenceIsNotAName() {
        assertThat(Bylines.isPersonName("This article was written by our team of experts in the field")).isFalse();
        assertThat(Bylines.isPersonName("Jane Doe")).isTrue();
    }
}
