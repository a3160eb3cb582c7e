package dev.ashiatsu.dashboard.load;

import java.util.concurrent.atomic.AtomicLongArray;

/** Delays in 10-microsecond buckets up to 2 s (longer ones count in the last bucket). Thread-safe. */
final class LatencyHistogram {

    private static final int BUCKET_US = 10;
    private final AtomicLongArray counts = new AtomicLongArray(200_000);

    void record(long delayUs) {
        int bucket = (int) Math.min(counts.length() - 1, Math.max(0, delayUs / BUCKET_US));
        counts.incrementAndGet(bucket);
    }

    long total() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** The delay (ms) below which {@code fraction} of the samples lie; NaN without samples. */
    double percentileMs(double fraction) {
        long total = total();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return (i + 1) * BUCKET_US / 1000.0;
            }
        }
        return Double.NaN;
    }
}
