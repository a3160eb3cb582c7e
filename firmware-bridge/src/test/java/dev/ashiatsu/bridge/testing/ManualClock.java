package dev.ashiatsu.bridge.testing;

import dev.ashiatsu.bridge.source.MonotonicClock;

/** A clock that moves only when the test says; a thread sleeping on it wakes when time reaches its due time. */
public final class ManualClock implements MonotonicClock {

    private double nowMs;
    private double sleepingUntilMs = Double.NaN;

    public ManualClock(double startMs) {
        this.nowMs = startMs;
    }

    @Override
    public synchronized double nowMs() {
        return nowMs;
    }

    @Override
    public synchronized void sleepUntil(double dueMs) throws InterruptedException {
        sleepingUntilMs = dueMs;
        try {
            while (nowMs < dueMs) {
                wait();
            }
        } finally {
            sleepingUntilMs = Double.NaN;
        }
    }

    public synchronized void advanceTo(double ms) {
        nowMs = ms;
        notifyAll();
    }

    /** The due time a thread is sleeping until, or NaN when none sleeps. */
    public synchronized double sleepingUntilMs() {
        return sleepingUntilMs;
    }
}
