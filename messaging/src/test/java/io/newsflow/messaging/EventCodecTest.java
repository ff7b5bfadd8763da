package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.SubmissionRequested;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(1024);

    @Test
    void decodesWhatItEncodes() {
        SubmissionRequested event = new SubmissionRequested("s1", "https://example.org/a", "editor", Instant.EPOCH);
        assertThat(codec.decode(codec.encode(event), SubmissionRequested.class)).isEqualTo(event);
    }

    @Test
    void malformedJsonIsAMalformedEvent() {
        assertThatThrownBy(() -> codec.decode(bytes("{\"schemaVersion\":1,"), SubmissionRequested.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("SubmissionRequested");
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsAMalformedEvent() {
        assertThatThrownBy(() -> codec.decode(bytes("[1,2]"), SubmissionRequested.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void anUnknownSchemaVersionIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> codec.decode(bytes("{\"schemaVersion\":2,\"submissionId\":\"s\"}"),
                SubmissionRequested.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown schema version 2");
    }

    @Test
    void anEventWithoutSchemaVersionIsRefused() {
        assertThatThrownBy(() -> codec.decode(bytes("{\"submissionId\":\"s\"}"), SubmissionRequested.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("schemaVersion");
    }

    @Test
    void anOversizedValueIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> codec.decode(new byte[2048], SubmissionRequested.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("exceeds the limit");
    }

    @Test
    void anEmptyValueIsAMalformedEvent() {
        assertThatThrownBy(() -> codec.decode(new byte[0], SubmissionRequested.class))
                .isInstanceOf(MalformedEventException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
