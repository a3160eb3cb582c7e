package dev.ashiatsu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void returnsOnceTheConditionHoldsAndGivesTheValueThatMadeIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Await.until(Duration.ofSeconds(5), () -> calls.incrementAndGet() >= 3, "three calls");
        assertEquals(3, calls.get());
        assertEquals(7, Await.value(Duration.ofSeconds(5), calls::incrementAndGet, n -> n >= 7, "seven"));
    }

    @Test
    void failsAfterTheTimeoutNamingWhatItWaitedForAndTheLastValue() {
        AssertionError never = assertThrows(AssertionError.class,
                () -> Await.until(Duration.ofMillis(30), () -> false, "a thing that never happens"));
        assertEquals("timed out after 30 ms waiting for a thing that never happens", never.getMessage());
        AssertionError last = assertThrows(AssertionError.class,
                () -> Await.value(Duration.ofMillis(30), () -> 41, n -> n == 42, "the answer"));
        assertTrue(last.getMessage().endsWith("waiting for the answer; last: 41"), last.getMessage());
    }
}
