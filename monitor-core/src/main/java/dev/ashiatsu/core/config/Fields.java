package dev.ashiatsu.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/** Typed access to the fields of one object in a config tree, with errors that say where and why. */
final class Fields {

    private final String source;
    private final String path;
    private final JsonNode node;

    private Fields(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    static Fields of(String source, JsonNode node) {
        return new Fields(source, "", node);
    }

    Fields child(String name, JsonNode child) {
        if (child == null || !child.isObject()) {
            throw new ConfigException(source + ": " + path + name + ": must be an object of fields");
        }
        return new Fields(source, path + name + ".", child);
    }

    ConfigException error(String field, String rule) {
        return new ConfigException(source + ": " + path + field + ": " + rule);
    }

    JsonNode optional(String field) {
        return node.get(field);
    }

    JsonNode require(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw error(field, "is required");
        }
        return value;
    }

    /** A text field; {@code fallback} when absent, or an error when the fallback is null. */
    String text(String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw error(field, "is required");
            }
            return fallback;
        }
        if (!value.isValueNode()) {
            throw error(field, "must be text");
        }
        return value.asText();
    }

    /** A number field; {@code fallback} when absent, or an error when the fallback is null. */
    double number(String field, Double fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw error(field, "is required");
            }
            return fallback;
        }
        return toNumber(field, value);
    }

    Double optionalNumber(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : toNumber(field, value);
    }

    private double toNumber(String field, JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw error(field, "must be a number, was '" + value.asText() + "'");
    }

    /** Builds a value, turning a constructor's rule violation into an error that names this object. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String where = path.isEmpty() ? "" : path.substring(0, path.length() - 1) + ": ";
            throw new ConfigException(source + ": " + where + e.getMessage(), e);
        }
    }
}
