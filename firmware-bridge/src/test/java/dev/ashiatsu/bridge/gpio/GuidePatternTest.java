package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.LoadStatus;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The guide's mapping from the load's share of the limit to a tick period, and its difference from every alarm. */
class GuidePatternTest {

    @Test
    void silentBelowTheChosenShareAndFasterAsTheShareRises() {
        assertEquals(OptionalLong.empty(), GuidePattern.periodMs(0.49, 0.5));
        assertEquals(OptionalLong.of(1000), GuidePattern.periodMs(0.5, 0.5));
        assertEquals(OptionalLong.of(625), GuidePattern.periodMs(0.75, 0.5));
        assertEquals(OptionalLong.of(250), GuidePattern.periodMs(1.0, 0.5));
        assertEquals(OptionalLong.of(250), GuidePattern.periodMs(1.6, 0.5), "no faster beyond the limit");
        assertEquals(OptionalLong.empty(), GuidePattern.periodMs(Double.NaN, 0.5), "no limit: silent");
        long previous = Long.MAX_VALUE;
        for (double share = 0.2; share <= 1.0; share += 0.01) {
            long period = GuidePattern.periodMs(share, 0.2).orElseThrow();
            assertTrue(period <= previous, "never slower as the share rises: " + share);
            previous = period;
        }
    }

    @Test
    void theShareComesFromTheMonitorsStatusAndLimit() {
        assertEquals(0.5, GuidePattern.shareOf(20, 40, LoadStatus.NORMAL), 1e-12);
        assertEquals(1, GuidePattern.shareOf(41, 40, LoadStatus.OVER));
        assertEquals(1, GuidePattern.shareOf(6, 0, LoadStatus.NO_GO), "a no-go zone is the fastest tick");
        assertTrue(Double.isNaN(GuidePattern.shareOf(20, Double.POSITIVE_INFINITY, LoadStatus.NORMAL)));
        assertEquals(0, GuidePattern.shareOf(-0.3, 40, LoadStatus.NORMAL));
    }

    @Test
    void aFromShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GuidePattern.periodMs(0.5, 1.0));
        assertThrows(IllegalArgumentException.class, () -> GuidePattern.periodMs(0.5, -0.1));
        assertThrows(IllegalArgumentException.class, () -> GuidePattern.periodMs(0.5, Double.NaN));
    }

    @Test
    void aTickIsShorterThanEverySoundingAlarmAndNeverLightsTheLight() {
        for (AlarmPattern alarm : AlarmPattern.values()) {
            long on = 0;
            while (on < alarm.periodMs() && alarm.levelsAt(on).buzzer()) {
                on++;
            }
            assertTrue(on == 0 || on > GuidePattern.TICK_MS, alarm + " sounds " + on + " ms, as long as a guide tick");
        }
        for (long t = 0; t < GuidePattern.SLOWEST_PERIOD_MS; t++) {
            assertFalse(GuidePattern.levelsAt(t).light());
            assertEquals(t < GuidePattern.TICK_MS, GuidePattern.levelsAt(t).buzzer());
        }
    }
}
