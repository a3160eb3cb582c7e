package dev.ashiatsu.sim;

import java.time.Clock;

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

    /** Real time on {@code clock}: frame t goes out t ms after the first frame, sleeping in between. */
    static Pacer realTime(Clock clock) {
        return new Pacer() {
            private long startMs = Long.MIN_VALUE;

            @Override
            public void awaitMs(double tMs) throws InterruptedException {
                if (startMs == Long.MIN_VALUE) {
                    startMs = clock.millis() - (long) tMs;
                }
                long remaining;
                while ((remaining = startMs + (long) Math.ceil(tMs) - clock.millis()) > 0) {
                    Thread.sleep(Math.min(remaining, 50));
                }
            }
        };
    }
}
