package dev.ashiatsu.dashboard.stream;

/** JSON has no NaN or Infinity: such values go out as null. */
final class Numbers {

    private Numbers() {
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static Double finite(Double value) {
        return value == null ? null : finite(value.doubleValue());
    }

    /** Rounds to 3 decimals (grams), enough for a display and a third of the bytes. */
    static Double grams(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }
}
