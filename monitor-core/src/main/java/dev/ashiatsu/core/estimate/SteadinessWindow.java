package dev.ashiatsu.core.estimate;

/**
 * Decides whether a signal is steady as design.md section 2 defines it: every sample of the last 2 s
 * lies within {@code toleranceKg} of the mean of the last 1 s, and samples cover the whole 2 s.
 */
public final class SteadinessWindow {

    private static final double MEAN_SPAN_MS = 1000;
    private static final double STEADY_SPAN_MS = 2000;

    private final double toleranceKg;
    private final SlidingMean lastSecond = new SlidingMean(MEAN_SPAN_MS);
    private final SlidingExtremes lastTwoSeconds = new SlidingExtremes(STEADY_SPAN_MS);
    private boolean steady;

    public SteadinessWindow(double toleranceKg) {
        this.toleranceKg = toleranceKg;
    }

    public void add(double tMs, double value) {
        lastSecond.add(tMs, value);
        lastTwoSeconds.add(tMs, value);
        double mean = lastSecond.mean();
        steady = lastTwoSeconds.coversSpan(tMs)
                && lastTwoSeconds.max() - mean <= toleranceKg
                && mean - lastTwoSeconds.min() <= toleranceKg;
    }

    /** Whether the signal was steady at the last sample added. */
    public boolean steady() {
        return steady;
    }

    /** The mean of the last 1 s. */
    public double meanOfLastSecond() {
        return lastSecond.mean();
    }

    public void clear() {
        lastSecond.clear();
        lastTwoSeconds.clear();
        steady = false;
    }
}
