package dev.ashiatsu.dashboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.core.config.NearestName;
import io.javalin.http.Context;
import java.util.List;

/**
 * Reads a request's JSON body field by field; every fault is a {@link BadRequest} naming the field.
 * Strict: one JSON object, nothing after it, no key given twice (which of two limits would count?).
 */
public final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /** The body as a JSON object; an empty body is an empty object (for commands that take no fields). */
    public static JsonBody of(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            return new JsonBody(JsonNodeFactory.instance.objectNode());
        }
        return parse(text);
    }

    /**
     * The body as a JSON object that must hold at least one field: an empty body, or {@code {}}, is a 400
     * naming the request (a PUT of nothing must not blank a profile).
     */
    public static JsonBody required(Context ctx) {
        String text = ctx.body();
        JsonBody body = text == null || text.isBlank() ? null : parse(text);
        if (body == null || body.node.isEmpty()) {
            throw new BadRequest("body", ctx.method() + " " + ctx.path() + " needs a JSON object with the fields; the body "
                    + (body == null ? "is empty" : "has none"));
        }
        return body;
    }

    private static JsonBody parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                throw new BadRequest("body", "must be a JSON object");
            }
            return new JsonBody(object);
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /**
     * Refuses a field not in {@code known} (a misspelt {@code sample} would otherwise leave the default in
     * force without a word), naming it and the nearest known one.
     *
     * @return this body
     */
    public JsonBody only(String... known) {
        List<String> names = List.of(known);
        node.fieldNames().forEachRemaining(field -> {
            if (!names.contains(field)) {
                String hint = NearestName.of(field, names).map(name -> "did you mean " + name + "? ").orElse("");
                throw new BadRequest(field, "is not a known field; " + hint + "(known: " + String.join(", ", names) + ")");
            }
        });
        return this;
    }

    public ObjectNode node() {
        return node;
    }

    public String requireText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadRequest(field, "is required");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new BadRequest(field, "must be non-empty text");
        }
        return value.asText();
    }

    public double requireNumber(String field, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadRequest(field, "is required");
        }
        return number(field, value, min, max);
    }

    public double number(String field, double fallback, double min, double max) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : number(field, value, min, max);
    }

    private static double number(String field, JsonNode value, double min, double max) {
        if (!value.isNumber()) {
            throw new BadRequest(field, "must be a number, was " + value);
        }
        double number = value.doubleValue();
        if (!(number >= min && number <= max)) {
            throw new BadRequest(field, "must be between " + min + " and " + max + ", was " + number);
        }
        return number;
    }

    public String text() {
        return node.toString();
    }
}
