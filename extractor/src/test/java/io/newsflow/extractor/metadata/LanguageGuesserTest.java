package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void markupTagsBecomeBcp47() {
        assertThat(LanguageGuesser.normalizeTag("en_US")).isEqualTo("en-US");
        assertThat(LanguageGuesser.normalizeTag("DE")).isEqualTo("de");
        assertThat(LanguageGuesser.normalizeTag("  ")).isNull();
    }

    @Test
    void functionWordsTellEuropeanLanguagesApart() {
        assertThat(LanguageGuesser.guess("Die Bundesregierung hat am Dienstag beschlossen, dass die neuen Regeln "
                + "für alle Bürger gelten sollen, auch wenn die Länder nicht zustimmen und sich die Lage ändert."))
                .isEqualTo("de");
        assertThat(LanguageGuesser.guess("The government said on Tuesday that the new rules would apply to all "
                + "citizens, and that it was working with the states on the details of the plan for this year."))
                .isEqualTo("en");
    }

    @Test
    void scriptDecidesForCjkAndCyrillic() {
        assertThat(LanguageGuesser.guess("人工智能迈上新台阶，新电脑已可利用记忆自学")).isEqualTo("zh");
        assertThat(LanguageGuesser.guess("Правительство заявило во вторник о новых правилах")).isEqualTo("ru");
    }

    @Test
    void tooShortTextIsNotGuessed() {
        assertThat(LanguageGuesser.guess("Hello world")).isNull();
    }
}
