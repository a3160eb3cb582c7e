package dev.ashiatsu.bridge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateMeterTest {

    @Test
    void measuresFramesPerSecondOverTheLastCompleteSecond() {
        RateMeter meter = new RateMeter();
        assertTrue(Double.isNaN(meter.rateHz(0)));
        for (int i = 0; i < 160; i++) {
            meter.record(i * 12.5);
        }
        assertEquals(80, meter.rateHz(2_000), 1e-9);
    }

    @Test
    void fallsToZeroWhenFramesStop() {
        RateMeter meter = new RateMeter();
        for (int i = 0; i < 80; i++) {
            meter.record(i * 12.5);
        }
        assertEquals(0, meter.rateHz(3_500));
    }
}
