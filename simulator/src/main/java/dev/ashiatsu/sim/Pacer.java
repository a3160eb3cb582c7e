package dev.ashiatsu.sim;

import dev.ashiatsu.core.source.Clock;

/** Decides when a simulated frame may be delivered: in real time on a clock, or at once. */
public interface Pacer {

    /**
     * Returns once {@code tMs} milliseconds have passed since the pacer's start (its first call).
     *
     * @throws InterruptedException when the waiting thread is interrupted (the source is closing)
     */
    void awaitMs(double tMs) throws InterruptedException;

    /** No waiting: frames go out as fast as they are made. */
    static Pacer unpaced() {
        return tMs -> {
        };
    }

    /**
     * Real time on {@code clock}'s monotonic reading: frame t goes out t ms after the first frame, sleeping
     * on the clock in between.
     */
    static Pacer realTime(Clock clock) {
        return new Pacer() {
            private double startMs = Double.NaN;

            @Override
            public void awaitMs(double tMs) throws InterruptedException {
                if (Double.isNaN(startMs)) {
                    startMs = clock.monotonicMs() - tMs;
                }
                clock.sleepUntilMs(startMs + tMs);
            }
        };
    }
}
