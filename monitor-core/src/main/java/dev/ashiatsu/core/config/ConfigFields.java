package dev.ashiatsu.core.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Typed access to the fields of one object of a YAML or JSON config, for the readers of table configs,
 * profiles, scenarios and GPIO configs. Every error is a {@link ConfigException} of the form
 * {@code source: path.field: rule}, e.g. {@code t.yaml: cells[1].role: is required}, where the path names
 * this object within the source (empty at the root). A field that is absent or YAML {@code null} counts as
 * absent. Numbers may be given as numbers or as numeric text ({@code "80"}).
 *
 * <p>Parsing is bounded and strict: at most {@link #MAX_BYTES} characters, one document holding one
 * object, no key given twice, and no YAML aliases ({@code *name}, which Jackson would read as the text
 * "name", and which are how a "billion laughs" file grows).
 */
public final class ConfigFields {

    /**
     * The most a config may hold, in bytes of a file or characters of a text: tables and profiles are a few kB.
     * YAML parsing time grows faster than the size (measured: a 64 KB scalar 3 ms, 256 KB 33 ms, 1 MB 1.3 s),
     * so the bound keeps the worst file to a fraction of a second.
     */
    public static final int MAX_BYTES = 256 * 1024;

    private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(YAML_FACTORY);

    private final String source;
    private final String path;
    private final JsonNode node;

    private ConfigFields(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /** SnakeYAML's own bound, behind the length check of {@link #parse}; duplicates are Jackson's to refuse. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    /**
     * Parses YAML or JSON text (JSON is YAML, so one parser reads both) whose top level is an object.
     * A syntax error reads {@code source:line: not valid YAML or JSON (parser's message on one line)}.
     */
    public static ConfigFields parse(String source, String text) {
        if (text.length() > MAX_BYTES) {
            throw new ConfigException(source + ": is " + text.length() + " characters long, more than a config may be ("
                    + MAX_BYTES + ")");
        }
        JsonNode root;
        try (JsonParser parser = new NoAliases(YAML_FACTORY.createParser(text))) {
            root = YAML.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw new ConfigException(source + ":" + parser.currentLocation().getLineNr()
                        + ": more follows the first object (a second YAML document or text after the JSON)");
            }
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String line = where != null ? ":" + where.getLineNr() : "";
            throw new ConfigException(source + line + ": not valid YAML or JSON ("
                    + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ").strip() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading text in memory", e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(source + ": must be a YAML or JSON object of fields");
        }
        return new ConfigFields(source, "", root);
    }

    /** The fields of {@code child}, the value of this object's field {@code name} (or a list item, {@code "cells[2]"}). */
    public ConfigFields child(String name, JsonNode child) {
        if (child == null || !child.isObject()) {
            throw new ConfigException(source + ": " + pathOf(name) + ": must be an object of fields");
        }
        return new ConfigFields(source, pathOf(name) + ".", child);
    }

    /** This object as a tree. */
    public JsonNode node() {
        return node;
    }

    /** A field's path as errors name it, e.g. {@code chips[1].dataPin}. */
    public String pathOf(String field) {
        return path + field;
    }

    public ConfigException error(String field, String rule) {
        return new ConfigException(source, pathOf(field), rule, null);
    }

    /** The first field of this object that is not in {@code known}, or null. */
    public String unknownField(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Rejects a field not in {@code known}, naming the nearest known one when there is one:
     * {@code maxfraction: is not a known field; did you mean maxFraction? (known: a, b, c)}.
     */
    public void allowOnly(Set<String> known) {
        String unknown = unknownField(known);
        if (unknown != null) {
            throw error(unknown, "is not a known field" + NearestName.hint(unknown, known)
                    + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }

    /** These fields without the named ones (a reader that takes some fields itself passes on the rest). */
    public ConfigFields without(String... fields) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(List.of(fields));
        return new ConfigFields(source, path, copy);
    }

    /** The field's value, or null when it is absent. */
    public JsonNode optional(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    public boolean has(String field) {
        return optional(field) != null;
    }

    /** The field's value; {@code field: is required} when it is absent. */
    public JsonNode require(String field) {
        JsonNode value = optional(field);
        if (value == null) {
            throw error(field, "is required");
        }
        return value;
    }

    /** A scalar as text; {@code fallback} when absent, or required when the fallback is null. */
    public String text(String field, String fallback) {
        JsonNode value = fallback == null ? require(field) : optional(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isValueNode()) {
            throw error(field, "must be text");
        }
        return value.asText();
    }

    /** A required scalar as text that is not blank. */
    public String nonBlankText(String field) {
        JsonNode value = require(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw error(field, "must be non-empty text");
        }
        return value.asText();
    }

    /** A number; {@code fallback} when absent, or required when the fallback is null. */
    public double number(String field, Double fallback) {
        JsonNode value = fallback == null ? require(field) : optional(field);
        if (value == null) {
            return fallback;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        Double parsed = parsedText(value, Double::valueOf);
        if (parsed == null) {
            throw error(field, "must be a number, was '" + value.asText() + "'");
        }
        return parsed;
    }

    /** A number, or null when absent. */
    public Double optionalNumber(String field) {
        return has(field) ? number(field, null) : null;
    }

    /** A whole number that fits an int; {@code fallback} when absent, or required when the fallback is null. */
    public int integer(String field, Integer fallback) {
        JsonNode value = fallback == null ? require(field) : optional(field);
        if (value == null) {
            return fallback;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        Integer parsed = parsedText(value, Integer::valueOf);
        if (parsed == null) {
            throw error(field, "must be a whole number, was '" + value.asText() + "'");
        }
        return parsed;
    }

    /** A text value parsed as a number, or null when the value is not text or the text is not such a number. */
    private static <N extends Number> N parsedText(JsonNode value, Function<String, N> parser) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return parser.apply(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    public boolean flag(String field, boolean fallback) {
        JsonNode value = optional(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error(field, "must be true or false, was '" + value.asText() + "'");
        }
        return value.booleanValue();
    }

    /**
     * Builds a value, turning the {@link InvalidField} of a constructor that checks its inputs into
     * {@code source: path.field: rule}, and any other {@link IllegalArgumentException} or
     * {@link NullPointerException} into {@code source: path: message} naming this object.
     */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidField e) {
            throw new ConfigException(source, path + e.field(), e.rule(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            String where = path.isEmpty() ? "" : path.substring(0, path.length() - 1) + ": ";
            throw new ConfigException(source + ": " + where + e.getMessage(), e);
        }
    }

    /** Refuses YAML aliases: Jackson reads {@code *name} as the text "name", not as the anchored value. */
    private static final class NoAliases extends JsonParserDelegate {

        NoAliases(JsonParser yaml) {
            super(yaml);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new JsonParseException(this, "an alias (*" + yaml.getText() + ") is not allowed: write the value out");
            }
            return token;
        }
    }
}
