package dev.ashiatsu.core.estimate;

/**
 * The minimum and maximum of the samples of the last {@code spanMs} (samples with
 * {@code t >= now - spanMs}, to a microsecond, so a sample exactly one span old counts despite rounding),
 * in amortised O(1) per sample with two monotonic deques.
 * Allocation-free once it has grown to a full span.
 */
public final class SlidingExtremes {

    private final double spanMs;
    private final boolean trackMax;
    private final Deque mins = new Deque();
    private final Deque maxes = new Deque();
    private double firstMs = Double.NaN;

    public SlidingExtremes(double spanMs) {
        this(spanMs, true);
    }

    /** @param trackMax false to keep only the minimum (cheaper); {@link #max()} is then NaN */
    public SlidingExtremes(double spanMs, boolean trackMax) {
        this.trackMax = trackMax;
        if (!(spanMs > 0)) {
            throw new IllegalArgumentException("spanMs must be positive, was " + spanMs);
        }
        this.spanMs = spanMs;
    }

    public void add(double tMs, double value) {
        if (Double.isNaN(firstMs)) {
            firstMs = tMs;
        }
        mins.expire(tMs - spanMs - 1e-3);
        if (trackMax) {
            maxes.expire(tMs - spanMs - 1e-3);
            while (maxes.size > 0 && maxes.lastValue() <= value) {
                maxes.removeLast();
            }
            maxes.addLast(tMs, value);
        }
        while (mins.size > 0 && mins.lastValue() >= value) {
            mins.removeLast();
        }
        mins.addLast(tMs, value);
    }

    public double min() {
        return mins.size == 0 ? Double.NaN : mins.firstValue();
    }

    public double max() {
        return maxes.size == 0 ? Double.NaN : maxes.firstValue();
    }

    /** True once samples have been added for at least a whole span since the last clear. */
    public boolean coversSpan(double nowMs) {
        return !Double.isNaN(firstMs) && nowMs - firstMs >= spanMs - 1e-6;
    }

    public void clear() {
        mins.size = 0;
        maxes.size = 0;
        firstMs = Double.NaN;
    }

    /** A growable ring of (time, value) pairs; the capacity stays a power of two. */
    private static final class Deque {
        private double[] times = new double[64];
        private double[] values = new double[64];
        private int head;
        private int size;

        void expire(double olderThanMs) {
            while (size > 0 && times[head] < olderThanMs) {
                head = (head + 1) & (times.length - 1);
                size--;
            }
        }

        double firstValue() {
            return values[head];
        }

        double lastValue() {
            return values[(head + size - 1) & (values.length - 1)];
        }

        void removeLast() {
            size--;
        }

        void addLast(double t, double v) {
            if (size == times.length) {
                double[] newTimes = new double[times.length * 2];
                double[] newValues = new double[values.length * 2];
                for (int i = 0; i < size; i++) {
                    newTimes[i] = times[(head + i) & (times.length - 1)];
                    newValues[i] = values[(head + i) & (values.length - 1)];
                }
                times = newTimes;
                values = newValues;
                head = 0;
            }
            int at = (head + size) & (times.length - 1);
            times[at] = t;
            values[at] = v;
            size++;
        }
    }
}
