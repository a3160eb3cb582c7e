package dev.ashiatsu.testing;

import dev.ashiatsu.core.source.Clock;
import java.time.Duration;

/**
 * A {@link Clock} that moves only when the test says. Its wall clock is its monotonic reading: epoch
 * microseconds are the nanoseconds / 1000. A thread sleeping on it wakes when the test moves the clock to
 * its due time (or beyond).
 */
public final class ManualClock implements Clock {

    private long nanos;
    private double sleepingUntilMs = Double.NaN;

    /** Starts at 1 s. */
    public ManualClock() {
        this(1_000);
    }

    public ManualClock(double startMs) {
        this.nanos = toNanos(startMs);
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized long epochMicros() {
        return nanos / 1_000;
    }

    @Override
    public void sleepUntilMs(double dueMs) throws InterruptedException {
        sleep(toNanos(dueMs), dueMs);
    }

    @Override
    public void sleepUntilNanos(long dueNanos) throws InterruptedException {
        sleep(dueNanos, dueNanos / 1e6);
    }

    public synchronized void advance(Duration by) {
        advanceToNanos(nanos + by.toNanos());
    }

    public void advanceMs(double ms) {
        advance(Duration.ofNanos(toNanos(ms)));
    }

    public void advanceToMs(double ms) {
        advanceToNanos(toNanos(ms));
    }

    /** The due time (ms) a thread is sleeping until, as it asked, or NaN when none sleeps. */
    public synchronized double sleepingUntilMs() {
        return sleepingUntilMs;
    }

    private synchronized void advanceToNanos(long to) {
        nanos = to;
        notifyAll();
    }

    private synchronized void sleep(long dueNanos, double dueMs) throws InterruptedException {
        sleepingUntilMs = dueMs;
        try {
            while (nanos < dueNanos) {
                wait();
            }
        } finally {
            sleepingUntilMs = Double.NaN;
        }
    }

    private static long toNanos(double ms) {
        return Math.round(ms * 1e6);
    }
}
