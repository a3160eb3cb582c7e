package dev.ashiatsu.core.source;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The one notion of time passing for the whole code base, injected wherever something waits, paces or
 * stamps, so tests can move it by hand. It offers two readings: monotonic nanoseconds (only for
 * differences: intervals, watchdogs, pacing) and the wall clock (stamps compared across processes or
 * written to files). The core's own logic never reads a clock: it takes time from frames.
 * Implementations are thread-safe.
 */
public interface Clock {

    /** The host's clocks: {@link System#nanoTime()} and {@link Instant#now()}. */
    Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long epochMicros() {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        }

        @Override
        public void sleepUntilNanos(long dueNanos) throws InterruptedException {
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            }
        }
    };

    /** Monotonic time in ns from an arbitrary origin, only for differences. */
    long nanoTime();

    /** Wall-clock time in microseconds since the Unix epoch. */
    long epochMicros();

    /** Returns once {@link #nanoTime()} has reached {@code dueNanos} (at once if it has). */
    void sleepUntilNanos(long dueNanos) throws InterruptedException;

    /** Wall-clock time in milliseconds since the Unix epoch. */
    default long epochMillis() {
        return Math.floorDiv(epochMicros(), 1_000);
    }

    /** {@link #nanoTime()} in ms, only for differences. */
    default double monotonicMs() {
        return nanoTime() / 1e6;
    }

    /** Returns once {@link #monotonicMs()} has reached {@code dueMs} (at once if it has). */
    default void sleepUntilMs(double dueMs) throws InterruptedException {
        sleepUntilNanos(Math.round(dueMs * 1e6));
    }
}
