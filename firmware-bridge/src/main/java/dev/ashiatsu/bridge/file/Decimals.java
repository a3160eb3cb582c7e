package dev.ashiatsu.bridge.file;

import java.math.BigDecimal;

/** Locale-free number formatting for the recording CSV (the same value always gives the same text). */
final class Decimals {

    private Decimals() {
    }

    /** Appends a value with exactly three decimals ({@code -1.250}, {@code 0.000}). */
    static void appendThree(StringBuilder out, double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000).append('.');
        long fraction = thousandths % 1000;
        if (fraction < 100) {
            out.append('0');
        }
        if (fraction < 10) {
            out.append('0');
        }
        out.append(fraction);
    }

    /** Appends the shortest decimal that reads back as the same double, never in exponent form. */
    static void appendExact(StringBuilder out, double value) {
        String text = BigDecimal.valueOf(value).toPlainString();
        if (text.indexOf('.') >= 0) {
            int end = text.length();
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
            text = text.substring(0, end);
        }
        out.append(text.equals("-0") ? "0" : text);
    }
}
