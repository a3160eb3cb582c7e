package dev.ashiatsu.sim.output;

/** Fast, locale-free fixed-point formatting for the recording CSV (the same value always gives the same text). */
final class Decimals {

    private Decimals() {
    }

    /** Appends a value with exactly three decimals ({@code -1.250}, {@code 0.000}); NaN appends nothing. */
    static void appendThree(StringBuilder out, double value) {
        if (Double.isNaN(value)) {
            return;
        }
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
}
