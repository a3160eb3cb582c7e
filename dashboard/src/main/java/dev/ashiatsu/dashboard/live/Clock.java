package dev.ashiatsu.dashboard.live;

/**
 * The live pipeline's notion of time passing, injected so the watchdog can be tested without waiting.
 * Monotonic nanoseconds for intervals, plus the wall clock in microseconds for latency stamps.
 */
public interface Clock {

    /** Monotonic time in ns, only for differences. */
    long nanoTime();

    /** Wall-clock time in microseconds since the Unix epoch (stamps compared across processes on one machine). */
    long epochMicros();

    Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long epochMicros() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        }
    };
}
