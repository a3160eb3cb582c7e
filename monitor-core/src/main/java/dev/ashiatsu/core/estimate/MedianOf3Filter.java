package dev.ashiatsu.core.estimate;

/**
 * Per channel, the median of its last 3 samples, so a one-sample spike never passes. A missing sample
 * (NaN) is not pushed: the channel keeps its last filtered value. Until a channel has 3 samples it
 * reports the latest one (1 sample) or the mean (2 samples). Allocation-free after construction.
 */
public final class MedianOf3Filter {

    /** The samples a filtered value rests on. */
    public static final int LENGTH = 3;

    private final double[] older;
    private final double[] old;
    private final double[] latest;
    private final int[] count;

    public MedianOf3Filter(int channels) {
        older = new double[channels];
        old = new double[channels];
        latest = new double[channels];
        count = new int[channels];
    }

    /** Pushes a sample (NaN = none) and returns the channel's filtered value (NaN before any sample). */
    public double push(int channel, double value) {
        if (!Double.isNaN(value)) {
            older[channel] = old[channel];
            old[channel] = latest[channel];
            latest[channel] = value;
            if (count[channel] < 3) {
                count[channel]++;
            }
        }
        return value(channel);
    }

    public double value(int channel) {
        return switch (count[channel]) {
            case 0 -> Double.NaN;
            case 1 -> latest[channel];
            case 2 -> (latest[channel] + old[channel]) / 2;
            default -> median(older[channel], old[channel], latest[channel]);
        };
    }

    static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
