package dev.ashiatsu.recorder.influx;

import java.util.Map;

/**
 * One row of an InfluxQL answer: a point's time (ns since the epoch), tags and fields by column name,
 * as the text the client's InfluxQL API returns (its CSV form). In that form an absent value and an
 * empty string are the same, so both read as absent ({@code null}); the schema never needs to tell
 * them apart. A value that does not parse as its schema type is an {@link IllegalArgumentException}
 * naming the column.
 */
record QlRow(Map<String, Integer> columns, Object[] values) {

    long timeNs() {
        String time = text("time");
        if (time == null) {
            throw new IllegalArgumentException("a row without a time column");
        }
        return parseLong("time", time);
    }

    /** The value as text; null when absent or empty. */
    String text(String key) {
        Integer index = columns.get(key);
        Object value = index == null || index >= values.length ? null : values[index];
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    double number(String key, double absent) {
        String text = text(key);
        if (text == null) {
            return absent;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + key + " is not a number: '" + text + "'");
        }
    }

    long whole(String key, long absent) {
        String text = text(key);
        return text == null ? absent : parseLong(key, text);
    }

    /** True, false, or null when absent. */
    Boolean bool(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("field " + key + " is not a boolean: '" + text + "'");
        };
    }

    private static long parseLong(String key, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + key + " is not an integer: '" + text + "'");
        }
    }
}
