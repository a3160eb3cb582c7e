package dev.ashiatsu.recorder.influx;

import java.math.BigDecimal;

/**
 * InfluxDB line protocol, written straight into text: the same escaping and number format as
 * influxdb-client-java's {@code Point.toLineProtocol()}, without a {@code Point} (a sorted map of boxed
 * fields) and a {@code DecimalFormat} per number. Pure.
 */
final class LineProtocol {

    private LineProtocol() {
    }

    /** A measurement name: commas and spaces escaped (and newlines, returns and tabs written as escapes). */
    static void measurement(StringBuilder out, String name) {
        escape(out, name, false);
    }

    /** A tag key, tag value or field key: commas, spaces and equals signs escaped. */
    static void key(StringBuilder out, String key) {
        escape(out, key, true);
    }

    /** A string field's value, quoted, with quotes and backslashes escaped. */
    static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    /**
     * A float field's value as a plain decimal with at least one fraction digit ({@code 12.0}, {@code 0.00001}),
     * the digits of {@link Double#toString(double)} (so it reads back as the same double). Only finite values.
     */
    static void decimal(StringBuilder out, double value) {
        String shortest = Double.toString(value);
        if (shortest.indexOf('E') < 0) {
            out.append(shortest);
            return;
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        out.append(plain);
        if (plain.indexOf('.') < 0) {
            out.append(".0");
        }
    }

    private static void escape(StringBuilder out, String text, boolean equals) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ', ',' -> out.append('\\').append(c);
                case '=' -> {
                    if (equals) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
    }
}
