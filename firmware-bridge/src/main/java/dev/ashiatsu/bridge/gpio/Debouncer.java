package dev.ashiatsu.bridge.gpio;

/**
 * One button's debounced level from its raw readings (edges as they come, and polls): a new level counts
 * once it has held for the hold time, so contact bounce gives one change. Readings are judged at their own
 * times, so how often it is polled changes only when a change is seen, not which changes are. Pure; not
 * thread-safe.
 */
final class Debouncer {

    /** A debounced change: the new level, and when it began (ns, on the caller's clock). */
    record Change(boolean high, long sinceNanos) {
    }

    private final long holdNanos;
    private boolean stable;
    private boolean candidate;
    private long sinceNanos;

    /** Starts stable at {@code high} (the level at start-up: a button held then is not a press). */
    Debouncer(boolean high, long holdNanos) {
        if (holdNanos <= 0) {
            throw new IllegalArgumentException("hold time must be positive, was " + holdNanos + " ns");
        }
        this.stable = high;
        this.candidate = high;
        this.holdNanos = holdNanos;
    }

    /**
     * The level read at {@code nanos} (times never going back).
     *
     * @return the change this reading confirms (the level that held until now), or null
     */
    Change read(boolean high, long nanos) {
        Change confirmed = null;
        if (candidate != stable && nanos - sinceNanos >= holdNanos) {
            stable = candidate;
            confirmed = new Change(stable, sinceNanos);
        }
        if (high != candidate) {
            candidate = high;
            sinceNanos = nanos;
        }
        return confirmed;
    }

    /** The last level read, read again at {@code nanos}: a poll between edges ({@link #read}). */
    Change poll(long nanos) {
        return read(candidate, nanos);
    }
}
