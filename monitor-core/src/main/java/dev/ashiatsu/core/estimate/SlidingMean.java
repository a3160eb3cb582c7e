package dev.ashiatsu.core.estimate;

/**
 * The mean of the samples of the last {@code spanMs} (samples with {@code t > now - spanMs}).
 * A growable ring buffer (capacity a power of two): allocation-free once it holds a full span.
 */
public final class SlidingMean {

    private final double spanMs;
    private double[] times = new double[64];
    private double[] values = new double[64];
    private int head;
    private int size;
    private double sum;

    public SlidingMean(double spanMs) {
        if (!(spanMs > 0)) {
            throw new IllegalArgumentException("spanMs must be positive, was " + spanMs);
        }
        this.spanMs = spanMs;
    }

    public void add(double tMs, double value) {
        while (size > 0 && times[head] <= tMs - spanMs) {
            sum -= values[head];
            head = (head + 1) & (times.length - 1);
            size--;
        }
        if (size == times.length) {
            grow();
        }
        int at = (head + size) & (times.length - 1);
        times[at] = tMs;
        values[at] = value;
        size++;
        sum += value;
        if (!Double.isFinite(sum)) {
            resum();
        }
    }

    /** Rebuilds the sum after an overflow (an absurd sample must not poison the window once it leaves). */
    private void resum() {
        sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[(head + i) & (values.length - 1)];
        }
    }

    /** The mean of the samples in the span, NaN when empty. */
    public double mean() {
        return size == 0 ? Double.NaN : sum / size;
    }

    public int size() {
        return size;
    }

    public void clear() {
        head = 0;
        size = 0;
        sum = 0;
    }

    private void grow() {
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
}
