package dev.ashiatsu.bridge.source;

/**
 * The frame rate over about the last two seconds, from frame arrival times (ms on one clock). Thread-safe:
 * one thread records, any thread reads.
 */
public final class RateMeter {

    private static final double WINDOW_MS = 1000;

    private double windowStartMs = Double.NaN;
    private int countInWindow;
    private double lastRateHz = Double.NaN;
    private double lastFrameMs = Double.NaN;

    public synchronized void record(double nowMs) {
        if (Double.isNaN(windowStartMs)) {
            windowStartMs = nowMs;
        }
        roll(nowMs);
        countInWindow++;
        lastFrameMs = nowMs;
    }

    /** Frames per second in the last complete one-second window; 0 after two seconds of silence, NaN before. */
    public synchronized double rateHz(double nowMs) {
        if (Double.isNaN(windowStartMs)) {
            return Double.NaN;
        }
        roll(nowMs);
        return nowMs - lastFrameMs > 2 * WINDOW_MS ? 0 : lastRateHz;
    }

    private void roll(double nowMs) {
        if (nowMs - windowStartMs >= WINDOW_MS) {
            boolean skippedWindows = nowMs - windowStartMs >= 2 * WINDOW_MS;
            lastRateHz = skippedWindows ? 0 : countInWindow * 1000.0 / WINDOW_MS;
            windowStartMs = skippedWindows ? nowMs : windowStartMs + WINDOW_MS;
            countInWindow = 0;
        }
    }
}
