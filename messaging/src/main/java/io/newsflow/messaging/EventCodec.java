package io.newsflow.messaging;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.NewsflowEvent;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionStatusChanged;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns contract events into JSON record values and back. Reading is strict about what matters
 * (valid JSON, an object, a schema version this code knows, a size bound) and lenient about the rest
 * (unknown fields are ignored so producers can add fields without lock-step releases).
 */
public final class EventCodec {

    /** The newest schema version of each event type this code can read. */
    private static final Map<Class<?>, Integer> SUPPORTED_VERSIONS = Map.of(
            SubmissionRequested.class, SubmissionRequested.SCHEMA_VERSION,
            SubmissionStatusChanged.class, SubmissionStatusChanged.SCHEMA_VERSION,
            ArticleExtracted.class, ArticleExtracted.SCHEMA_VERSION,
            ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);

    private final JsonMapper mapper;
    private final int maxEventBytes;

    public EventCodec(int maxEventBytes) {
        this.maxEventBytes = maxEventBytes;
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The JSON bytes of an event. */
    public byte[] encode(NewsflowEvent event) {
        return mapper.writeValueAsBytes(event);
    }

    /**
     * Reads an event of the given type.
     *
     * @throws MalformedEventException when the value cannot be an event of that type
     */
    public <T extends NewsflowEvent> T decode(byte[] value, Class<T> type) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty record value, expected " + type.getSimpleName());
        }
        if (value.length > maxEventBytes) {
            throw new MalformedEventException("record value of " + value.length + " bytes exceeds the limit of "
                    + maxEventBytes + " bytes");
        }
        try {
            JsonNode tree = mapper.readTree(value);
            if (tree == null || !tree.isObject()) {
                throw new MalformedEventException("record value is not a JSON object");
            }
            checkSchemaVersion(tree, type);
            return mapper.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("record value is not a valid " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The value as a JSON object whatever its schema, or null: for reading what can still be read of a
     * record that failed (its submission id, say), never for processing it.
     */
    JsonNode readObjectOrNull(byte[] value) {
        if (value == null || value.length == 0 || value.length > maxEventBytes) {
            return null;
        }
        try {
            JsonNode tree = mapper.readTree(value);
            return tree != null && tree.isObject() ? tree : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void checkSchemaVersion(JsonNode tree, Class<?> type) {
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new MalformedEventException("record value has no integer schemaVersion");
        }
        int supported = SUPPORTED_VERSIONS.getOrDefault(type, 1);
        if (version.asInt() < 1 || version.asInt() > supported) {
            throw new MalformedEventException("unknown schema version " + version.asInt() + " of "
                    + type.getSimpleName() + " (this service reads 1.." + supported + ")");
        }
    }
}
