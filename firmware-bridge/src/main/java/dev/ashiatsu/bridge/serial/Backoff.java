package dev.ashiatsu.bridge.serial;

import java.time.Duration;

/** Delays between reopening attempts: the first delay, doubling up to a ceiling, back to the first on success. */
public final class Backoff {

    private final long firstMs;
    private final long maxMs;
    private long nextMs;

    public Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= max, was " + first + " and " + max);
        }
        this.firstMs = first.toMillis();
        this.maxMs = max.toMillis();
        this.nextMs = firstMs;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the ceiling. */
    public long nextDelayMs() {
        long delay = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        return delay;
    }

    public void succeeded() {
        nextMs = firstMs;
    }
}
