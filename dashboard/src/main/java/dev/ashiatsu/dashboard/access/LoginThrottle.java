package dev.ashiatsu.dashboard.access;

import dev.ashiatsu.core.source.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slows password guessing without locking anyone out: a token bucket per key (a client address, or a
 * browser that logged in before). A key may try {@code burst} times at once, then once per {@code interval};
 * an attempt beyond that is not refused but <em>waits</em> for its turn, and is refused (429) only when its
 * turn would be more than {@code maxWait} away. So the right password always gets in once its turn comes,
 * while guessing runs at one try per interval per key. A successful attempt costs nothing (its token is
 * given back). Pure logic on an injected clock; thread-safe.
 */
public final class LoginThrottle {

    /**
     * @param burst    attempts a key may make at once, at least 1
     * @param interval the time one more attempt is earned (the steady guessing rate is one per interval)
     * @param maxWait  the longest an attempt is held for its turn before being refused instead
     */
    public record Settings(int burst, Duration interval, Duration maxWait) {
        public Settings {
            if (burst < 1) {
                throw new IllegalArgumentException("burst must be at least 1, was " + burst);
            }
            if (interval.isNegative() || interval.isZero() || maxWait.isNegative()) {
                throw new IllegalArgumentException("interval must be positive and maxWait not negative");
            }
        }
    }

    /** 5 at once, then one every 12 s (5 a minute); an attempt waits at most 30 s for its turn. */
    public static final Settings DEFAULT = new Settings(5, Duration.ofSeconds(12), Duration.ofSeconds(30));

    /**
     * The answer to an attempt: check the password after {@code waitNanos}, or, when refused, try again
     * in {@code retryAfterSeconds} (at least 1).
     */
    public record Turn(long waitNanos, long retryAfterSeconds) {
        public boolean admitted() {
            return retryAfterSeconds == 0;
        }
    }

    private static final int PRUNE_ABOVE = 10_000;

    private final long burstNanos;
    private final long intervalNanos;
    private final long maxWaitNanos;
    private final Clock clock;
    /** Per key, when its bucket is full again (the theoretical arrival time of the generic cell-rate algorithm). */
    private final Map<String, Long> fullAt = new HashMap<>();

    public LoginThrottle(Settings settings, Clock clock) {
        this.intervalNanos = settings.interval().toNanos();
        this.burstNanos = (settings.burst() - 1) * intervalNanos;
        this.maxWaitNanos = settings.maxWait().toNanos();
        this.clock = clock;
    }

    /** Takes a turn for an attempt by {@code key}: at once, after a wait, or refused when the wait is too long. */
    public synchronized Turn reserve(String key) {
        long now = clock.nanoTime();
        prune(now);
        long full = Math.max(fullAt.getOrDefault(key, now), now);
        long wait = Math.max(0, full - burstNanos - now);
        if (wait > maxWaitNanos) {
            long beyond = wait - maxWaitNanos;
            return new Turn(0, Math.max(1, (beyond + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1)));
        }
        fullAt.put(key, full + intervalNanos);
        return new Turn(wait, 0);
    }

    /** The attempt by {@code key} was the right password: its token is given back. */
    public synchronized void succeeded(String key) {
        Long full = fullAt.get(key);
        if (full != null) {
            fullAt.put(key, full - intervalNanos);
        }
    }

    /** Keys tracked (a full bucket is forgotten once there are many). */
    synchronized int keys() {
        return fullAt.size();
    }

    private void prune(long now) {
        if (fullAt.size() > PRUNE_ABOVE) {
            fullAt.values().removeIf(full -> full - now <= 0);
        }
    }
}
