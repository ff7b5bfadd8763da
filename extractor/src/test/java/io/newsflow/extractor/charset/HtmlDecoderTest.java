package io.newsflow.extractor.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final Charset LATIN = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWinsOverEveryLabel() {
        byte[] body = "<meta charset=iso-8859-1><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=iso-8859-1");
        assertThat(d.text()).contains("Grüße").doesNotStartWith("\uFEFF");
        assertThat(d.source()).isEqualTo("bom");
    }

    @Test
    void httpHeaderCharsetIsUsedForLegacyBytes() {
        byte[] bytes = "<p>Grüße aus Köln</p>".getBytes(LATIN);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=ISO-8859-1");
        assertThat(d.text()).contains("Grüße aus Köln");
        assertThat(d.source()).isEqualTo("http");
    }

    @Test
    void metaCharsetIsUsedWithoutHeader() {
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><p>café – naïve</p>".getBytes(LATIN);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
        assertThat(d.text()).contains("café – naïve");
        assertThat(d.source()).isEqualTo("meta");
    }

    @Test
    void validUtf8OverrulesAWrongLegacyLabelInsteadOfProducingMojibake() {
        byte[] bytes = "<meta charset=iso-8859-1><p>Zürich – “quoted”</p>".getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
        assertThat(d.text()).contains("Zürich – “quoted”").doesNotContain("Ã");
    }

    @Test
    void undeclaredInvalidUtf8IsDetectedAsWindows1252() {
        byte[] bytes = "<p>Größe</p>".getBytes(LATIN);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
        assertThat(d.text()).contains("Größe");
        assertThat(d.source()).isEqualTo("detection");
    }

    @Test
    void unknownCharsetLabelFallsBackToDetection() {
        byte[] bytes = "<meta charset=x-made-up><p>Ünïcödé</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(bytes, "text/html; charset=bogus").text()).contains("Ünïcödé");
    }
}
