package dev.ashiatsu.core.alarm;

/** Measures how long a condition has held without a break, on the frames' clock. */
final class HoldTimer {

    private double sinceMs = Double.NaN;

    /** Feeds the condition at {@code tMs}; returns true once it has held for at least {@code forMs}. */
    boolean held(boolean condition, double tMs, double forMs) {
        if (!condition) {
            sinceMs = Double.NaN;
            return false;
        }
        if (Double.isNaN(sinceMs)) {
            sinceMs = tMs;
        }
        return tMs - sinceMs >= forMs - 1e-3;
    }

    void reset() {
        sinceMs = Double.NaN;
    }
}
