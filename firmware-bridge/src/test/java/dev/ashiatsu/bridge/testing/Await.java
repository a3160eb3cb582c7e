package dev.ashiatsu.bridge.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition, polling it every 5 ms, and fails with a description when it times out. */
public final class Await {

    private Await() {
    }

    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatWeWaitFor) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout.toMillis() + " ms waiting for " + whatWeWaitFor.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + whatWeWaitFor.get());
            }
        }
    }
}
