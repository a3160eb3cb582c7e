package dev.ashiatsu.bench.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameClockTest {

    private static final long START_US = 1_796_000_000_000_000L;

    @Test
    void takesTheMostPromptFrameAsTheOffset() {
        FrameClock clock = new FrameClock();
        clock.update(1000, START_US + 1_000_000 + 3_000);   // handed over 3 ms late
        clock.update(1040, START_US + 1_040_000 + 500);     // 0.5 ms late: the most prompt
        clock.update(1080, START_US + 1_080_000 + 9_000);
        assertEquals(START_US + 2_000_000 + 500, clock.epochUs(2000));
    }

    @Test
    void forgetsOffsetsOlderThanItsWindow() {
        FrameClock clock = new FrameClock();
        clock.update(0, START_US);                            // prompt, but long ago
        for (int i = 1; i <= FrameClock.WINDOW; i++) {
            clock.update(i * 40.0, START_US + i * 40_000L + 2_000);
        }
        assertEquals(START_US + 20_000_000 + 2_000, clock.epochUs(20_000));
    }

    @Test
    void keepsMicrosecondsOfFractionalFrameTimes() {
        FrameClock clock = new FrameClock();
        clock.update(17411.969, START_US + 17_411_969);
        assertEquals(START_US + 17_411_969, clock.epochUs(17411.969));
    }

    @Test
    void refusesAMappingBeforeAnyUpdate() {
        FrameClock clock = new FrameClock();
        assertFalse(clock.ready());
        assertThrows(IllegalStateException.class, () -> clock.epochUs(1));
        clock.update(1, START_US);
        assertTrue(clock.ready());
    }
}
