package dev.ashiatsu.dashboard.access;

import dev.ashiatsu.dashboard.live.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Limits login attempts per client address: at most {@code maxFailures} failed attempts in a sliding
 * window; past that, attempts are refused until the oldest failure leaves the window. Thread-safe.
 */
public final class LoginLimiter {

    private final int maxFailures;
    private final long windowNanos;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    public LoginLimiter(int maxFailures, long windowSeconds, Clock clock) {
        if (maxFailures < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("maxFailures and windowSeconds must be positive");
        }
        this.maxFailures = maxFailures;
        this.windowNanos = TimeUnit.SECONDS.toNanos(windowSeconds);
        this.clock = clock;
    }

    /** Seconds to wait before the next attempt from this address, 0 when it may try now. */
    public synchronized long retryAfterSeconds(String address) {
        Deque<Long> recent = prune(address);
        if (recent.size() < maxFailures) {
            return 0;
        }
        long waitNanos = recent.peekFirst() + windowNanos - clock.nanoTime();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos) + 1);
    }

    public synchronized void failed(String address) {
        prune(address).addLast(clock.nanoTime());
    }

    public synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private Deque<Long> prune(String address) {
        Deque<Long> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        long now = clock.nanoTime();
        while (!recent.isEmpty() && now - recent.peekFirst() >= windowNanos) {
            recent.removeFirst();
        }
        if (failures.size() > 10_000) {
            failures.values().removeIf(Deque::isEmpty);
        }
        return recent;
    }
}
