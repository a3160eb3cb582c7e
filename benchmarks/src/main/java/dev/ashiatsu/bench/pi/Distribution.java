package dev.ashiatsu.bench.pi;

import java.util.Arrays;

/** A growing set of values (any unit) with nearest-rank percentiles. Thread-safe. */
final class Distribution {

    private double[] values = new double[1024];
    private int count;

    synchronized void add(double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
    }

    synchronized int count() {
        return count;
    }

    /** The value at or below which {@code fraction} (0 to 1) of the values lie; NaN when empty. */
    synchronized double percentile(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0 to 1, not " + fraction);
        }
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * count);
        return sorted[Math.max(0, rank - 1)];
    }

    synchronized double mean() {
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    /** How many values are below {@code limit}. */
    synchronized int countBelow(double limit) {
        int below = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] < limit) {
                below++;
            }
        }
        return below;
    }
}
