package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.journal.ChartColumns;

/**
 * The applied load of a stretch of a session reduced to at most {@code points} buckets for a chart:
 * each bucket keeps the lowest and the highest applied load (so every peak survives) and the strictest
 * limit in force. Times are ms on the session's frame clock; null where a bucket holds no value.
 *
 * @param t          each bucket's start (ms)
 * @param appliedMin lowest applied load in the bucket (kg)
 * @param appliedMax highest applied load in the bucket (kg)
 * @param limitKg    lowest finite limit in the bucket (kg), null where none applied
 * @param frames     frames in the stretch
 */
public record Series(double from, double to, double bucketMs, double[] t, Double[] appliedMin, Double[] appliedMax,
                     Double[] limitKg, int frames) {

    /** Most buckets a request may ask for. */
    public static final int MAX_POINTS = 20_000;

    /** Reduces frames with {@code from <= t < to} (ms) into {@code points} equal buckets. */
    public static Series of(ChartColumns s, double from, double to, int points) {
        if (!(to > from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be between 1 and " + MAX_POINTS + ", was " + points);
        }
        int first = s.indexAt(from);
        int end = s.indexAt(to);
        int frames = end - first;
        int buckets = Math.max(1, Math.min(points, frames));
        double bucketMs = (to - from) / buckets;
        double[] t = new double[buckets];
        double[] min = new double[buckets];
        double[] max = new double[buckets];
        double[] limit = new double[buckets];
        for (int b = 0; b < buckets; b++) {
            t[b] = from + b * bucketMs;
            min[b] = Double.POSITIVE_INFINITY;
            max[b] = Double.NEGATIVE_INFINITY;
            limit[b] = Double.POSITIVE_INFINITY;
        }
        double[] applied = s.appliedKg();
        double[] limits = s.limitKg();
        double[] times = s.tMs();
        for (int i = first; i < end; i++) {
            int b = Math.min(buckets - 1, (int) ((times[i] - from) / bucketMs));
            double a = applied[i];
            if (!Double.isNaN(a)) {
                min[b] = Math.min(min[b], a);
                max[b] = Math.max(max[b], a);
            }
            if (limits[i] < limit[b]) {
                limit[b] = limits[i];
            }
        }
        return new Series(from, to, bucketMs, t, boxed(min), boxed(max), boxed(limit), frames);
    }

    private static Double[] boxed(double[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isFinite(values[i]) ? values[i] : null;
        }
        return out;
    }
}
