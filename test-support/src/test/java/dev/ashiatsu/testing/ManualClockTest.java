package dev.ashiatsu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void movesOnlyWhenTheTestSaysAndReadsTheSameOnBothScales() {
        ManualClock clock = new ManualClock(1_500);
        assertEquals(1_500_000_000L, clock.nanoTime());
        assertEquals(1_500, clock.epochMillis());
        clock.advanceMs(2.5);
        assertEquals(1_502.5, clock.monotonicMs());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2_502_500_000L, clock.nanoTime());
        assertEquals(2_502_500L, clock.epochMicros());
    }

    @Test
    void aSleeperWakesOnlyWhenTheClockReachesItsDueTime() throws InterruptedException {
        ManualClock clock = new ManualClock(1_000);
        CountDownLatch woke = new CountDownLatch(1);
        Thread sleeper = new Thread(() -> {
            try {
                clock.sleepUntilMs(1_010.5);
                woke.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeper.start();
        Await.until(WAIT, () -> clock.sleepingUntilMs() == 1_010.5, "the thread to sleep until 1010.5 ms");
        clock.advanceToMs(1_010);
        assertFalse(woke.await(50, TimeUnit.MILLISECONDS), "still short of its due time");
        clock.advanceToMs(1_010.5);
        assertTrue(woke.await(5, TimeUnit.SECONDS), "woke at its due time");
        sleeper.join(5_000);
        assertTrue(Double.isNaN(clock.sleepingUntilMs()), "nobody sleeps any more");
    }
}
