package dev.ashiatsu.core.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandLimitsTest {

    /** 40 kg whole body; lower back 0.6 (24 kg), knee no-go. */
    private static final ClientProfile CLIENT = new ClientProfile("maya", "Maya", 165, 10, 40.0, null, Map.of(), "");

    @Test
    void aBandUpToTheLimitIsAllowed() {
        assertNull(BandLimits.refusal(Zone.UPPER_BACK, new TargetBand(25, 50), CLIENT, 80), "top 40 kg = limit");
        assertNull(BandLimits.refusal(Zone.LOWER_BACK, new TargetBand(10, 30), CLIENT, 80), "top 24 kg = 0.6 * 40");
    }

    @Test
    void aBandWhoseTopIsAboveTheZonesLimitIsRefusedWithTheNumbers() {
        String reason = BandLimits.refusal(Zone.LOWER_BACK, new TargetBand(25, 35), CLIENT, 80);
        assertTrue(reason.contains("28.0 kg") && reason.contains("24.0 kg") && reason.contains("LOWER_BACK"), reason);
        assertTrue(reason.contains("never teach going over a limit"), reason);
    }

    @Test
    void aNoGoZoneTakesNoBandAndAnUnknownWeightNone() {
        assertTrue(BandLimits.refusal(Zone.KNEE, new TargetBand(0, 1), CLIENT, 80).contains("no-go"));
        assertTrue(BandLimits.refusal(Zone.CALF, new TargetBand(5, 10), CLIENT, Double.NaN).contains("weight is unknown"));
    }

    @Test
    void theLimitAsAFractionOfBodyWeightCounts() {
        ClientProfile byFraction = new ClientProfile("f", "F", 165, 10, null, 0.4, Map.of(Zone.CALF, 0.5), "");
        assertNull(BandLimits.refusal(Zone.CALF, new TargetBand(10, 20), byFraction, 70));
        assertTrue(BandLimits.refusal(Zone.CALF, new TargetBand(10, 20.5), byFraction, 70) != null, "0.4 * 70 * 0.5 = 14 kg = 20 %");
    }

    @Test
    void aBandIsLowBelowHighWithinZeroToHundredPercent() {
        assertThrows(IllegalArgumentException.class, () -> new TargetBand(35, 25));
        assertThrows(IllegalArgumentException.class, () -> new TargetBand(30, 30));
        assertThrows(IllegalArgumentException.class, () -> new TargetBand(-1, 25));
        assertThrows(IllegalArgumentException.class, () -> new TargetBand(10, 101));
        assertThrows(IllegalArgumentException.class, () -> new BandSet(null, Map.of(Zone.OFF_BODY, new TargetBand(1, 2))));
        assertEquals("CALF 10-20.5 %, UPPER_BACK 25-35 %", new BandSet(null,
                Map.of(Zone.UPPER_BACK, new TargetBand(25, 35), Zone.CALF, new TargetBand(10, 20.5))).describe());
    }
}
