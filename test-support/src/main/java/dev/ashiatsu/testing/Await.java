package dev.ashiatsu.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition by polling it every {@link #POLL_MS} ms, and fails with an {@link AssertionError}
 * naming what it waited for when the timeout passes. An interrupted wait fails too (the flag is kept).
 */
public final class Await {

    /** How often the condition is asked again. */
    public static final long POLL_MS = 5;
    /** The timeout of the forms that take none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private Await() {
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} for {@code condition}. */
    public static void until(BooleanSupplier condition, String whatWeWaitFor) {
        until(DEFAULT_TIMEOUT, condition, () -> whatWeWaitFor);
    }

    public static void until(Duration timeout, BooleanSupplier condition, String whatWeWaitFor) {
        until(timeout, condition, () -> whatWeWaitFor);
    }

    /** Waits up to {@code timeout} for {@code condition}; the description is built only on failure. */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatWeWaitFor) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            pause(deadline, timeout, whatWeWaitFor);
        }
    }

    /**
     * Reads {@code probe} until its value is {@code wanted}, and returns that value. A probe that throws
     * is a failure at once; on timeout the message shows the last value read.
     */
    public static <T> T value(Duration timeout, Callable<T> probe, Predicate<? super T> wanted, String whatWeWaitFor)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.call();
            if (wanted.test(value)) {
                return value;
            }
            pause(deadline, timeout, () -> whatWeWaitFor + "; last: " + value);
        }
    }

    private static void pause(long deadline, Duration timeout, Supplier<String> whatWeWaitFor) {
        if (System.nanoTime() - deadline > 0) {
            throw new AssertionError(
                    "timed out after " + timeout.toMillis() + " ms waiting for " + whatWeWaitFor.get());
        }
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + whatWeWaitFor.get(), e);
        }
    }
}
