package dev.ashiatsu.bridge.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromAQuarterSecondToFiveSecondsAndStartsOverAfterSuccess() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));
        long[] delays = LongStream.range(0, 7).map(i -> backoff.nextDelayMs()).toArray();
        assertEquals(java.util.List.of(250L, 500L, 1000L, 2000L, 4000L, 5000L, 5000L),
                LongStream.of(delays).boxed().toList());
        backoff.succeeded();
        assertEquals(250, backoff.nextDelayMs());
    }

    @Test
    void refusesACeilingBelowTheFirstDelay() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
