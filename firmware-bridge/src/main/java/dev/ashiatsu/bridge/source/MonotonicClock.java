package dev.ashiatsu.bridge.source;

import java.util.concurrent.TimeUnit;

/**
 * Milliseconds that never go backwards, from an arbitrary origin: the clock live frames are timed on, and
 * the one a silence watchdog must compare them with. Implementations are thread-safe.
 */
public interface MonotonicClock {

    /** {@link System#nanoTime} in ms. */
    MonotonicClock SYSTEM = new MonotonicClock() {
        @Override
        public double nowMs() {
            return System.nanoTime() / 1e6;
        }

        @Override
        public void sleepUntil(double dueMs) throws InterruptedException {
            double waitMs = dueMs - nowMs();
            if (waitMs > 0) {
                TimeUnit.MICROSECONDS.sleep((long) Math.ceil(waitMs * 1000));
            }
        }
    };

    double nowMs();

    /** Returns once {@link #nowMs()} has reached {@code dueMs} (at once if it has). */
    void sleepUntil(double dueMs) throws InterruptedException;
}
