package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomeFeedWriterTest {

    @Test
    void textXmlCannotCarryIsDroppedAndEverythingElseKept() {
        assertThat(RomeFeedWriter.xmlText("NATO\u0000 ministers\u001B meet\uFFFF in Br\u00fcssels \uD83D\uDE00\tnow"))
                .isEqualTo("NATO ministers meet in Br\u00fcssels \uD83D\uDE00\tnow");
        assertThat(RomeFeedWriter.xmlText("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        assertThat(RomeFeedWriter.xmlText(null)).isNull();
    }
}
