package dev.ashiatsu.bridge.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.protocol.FrameClock.Step;
import org.junit.jupiter.api.Test;

class FrameClockTest {

    private static final long RANGE = 1L << 32;
    private final FrameClock clock = new FrameClock(80);

    @Test
    void takesAClockGoingBackAcrossTheWrapForAWrapWhenTheSequenceAgrees() {
        clock.next(RANGE - 6_000, Step.FIRST, Double.NaN);
        assertTrue(clock.goesBack(6_500));
        assertTrue(clock.isWrap(6_500, 1));
        assertTrue(clock.isWrap(30_000_000, 1), "a device stalled for 30 s across the wrap");
        assertFalse(clock.isWrap(6_500, 0x8000), "the sequence went back: a restart");
    }

    @Test
    void takesAClockGoingFarBackForAReset() {
        clock.next(600_000_000, Step.FIRST, Double.NaN);
        assertTrue(clock.goesBack(5_000));
        assertFalse(clock.isWrap(5_000, 1));
        assertFalse(clock.isWrap(5_000, 20_000));
    }

    @Test
    void continuesOneNominalPeriodAfterTheLastFrameOnARestart() {
        clock.next(2_000_000, Step.FIRST, Double.NaN);
        clock.setNominalRate(50);
        assertEquals(2_020, clock.next(9_000, Step.RESTARTED, Double.NaN), 1e-9);
        assertEquals(2_030, clock.next(19_000, Step.CONTINUES, Double.NaN), 1e-9);
    }

    @Test
    void addsTheClockRangeAtAWrap() {
        clock.next(RANGE - 1_000, Step.FIRST, Double.NaN);
        assertEquals((RANGE + 11_500) / 1000.0, clock.next(11_500, Step.WRAPPED, Double.NaN), 1e-6);
    }

    @Test
    void followsHostTimesNeverBackwardsAndLetsTheDeviceClockContinueFromThem() {
        assertEquals(100, clock.next(5_000, Step.FIRST, 100));
        assertEquals(100, clock.next(17_500, Step.CONTINUES, 90));
        assertEquals(112.5, clock.next(30_000, Step.CONTINUES, Double.NaN), 1e-9);
    }

    @Test
    void refusesANominalRateThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new FrameClock(0));
        assertThrows(IllegalArgumentException.class, () -> clock.setNominalRate(Double.NaN));
    }
}
