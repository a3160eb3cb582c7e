package dev.ashiatsu.core.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.estimate.Zone;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InBandAccumulatorTest {

    private static final double P = 80;
    private static final BandSet BACK_25_35 = new BandSet(null, Map.of(Zone.UPPER_BACK, new TargetBand(25, 35)));

    @Test
    void countsInUnderAndOverAgainstTheBandInKgOfThePractitionersWeight() {
        InBandAccumulator acc = new InBandAccumulator();
        // 25-35 % of 80 kg is 20-28 kg
        assertEquals(BandStatus.UNDER, acc.add(100, 19.9, P, Zone.UPPER_BACK, BACK_25_35));
        assertEquals(BandStatus.IN, acc.add(100, 20, P, Zone.UPPER_BACK, BACK_25_35));
        assertEquals(BandStatus.IN, acc.add(200, 28, P, Zone.UPPER_BACK, BACK_25_35));
        assertEquals(BandStatus.OVER, acc.add(100, 28.1, P, Zone.UPPER_BACK, BACK_25_35));
        InBandTime time = acc.snapshot();
        ZoneInBand back = time.zones().get(Zone.UPPER_BACK);
        assertEquals(0.5, back.bandedS(), 1e-9);
        assertEquals(0.3, back.inBandS(), 1e-9);
        assertEquals(0.1, back.underS(), 1e-9);
        assertEquals(0.1, back.overS(), 1e-9);
        assertEquals(60.0, back.inBandPercent());
        assertEquals(60.0, time.inBandPercent());
    }

    @Test
    void theDenominatorIsLoadedTimeInZonesWithABandOnly() {
        InBandAccumulator acc = new InBandAccumulator();
        assertNull(acc.add(100, 2, P, null, BACK_25_35), "no zone (A < 5 kg): not loaded");
        assertNull(acc.add(100, 24, P, Zone.MID_BACK, BACK_25_35), "a zone without a band");
        assertNull(acc.add(100, 24, Double.NaN, Zone.UPPER_BACK, BACK_25_35), "P unknown");
        acc.add(100, 24, P, Zone.UPPER_BACK, BACK_25_35);
        InBandTime time = acc.snapshot();
        assertEquals(0.1, time.session().bandedS(), 1e-9);
        assertEquals(100.0, time.inBandPercent());
        assertEquals(Map.of(Zone.UPPER_BACK, time.zones().get(Zone.UPPER_BACK)), time.zones());
    }

    @Test
    void noBandedTimeGivesNoPercentRatherThanZero() {
        InBandAccumulator acc = new InBandAccumulator();
        acc.add(100, 24, P, Zone.UPPER_BACK, new BandSet(null, Map.of()));
        assertNull(acc.snapshot().inBandPercent());
        assertTrue(acc.snapshot().zones().isEmpty());
    }

    @Test
    void theOverallShareWeighsEachZoneByItsBandedTime() {
        BandSet two = new BandSet(null, Map.of(Zone.UPPER_BACK, new TargetBand(25, 35), Zone.CALF, new TargetBand(10, 20)));
        InBandAccumulator acc = new InBandAccumulator();
        acc.add(300, 24, P, Zone.UPPER_BACK, two);   // in
        acc.add(100, 24, P, Zone.CALF, two);         // over (8-16 kg)
        InBandTime time = acc.snapshot();
        assertEquals(100.0, time.zones().get(Zone.UPPER_BACK).inBandPercent());
        assertEquals(0.0, time.zones().get(Zone.CALF).inBandPercent());
        assertEquals(75.0, time.inBandPercent());
        assertEquals(List.of(Zone.CALF, Zone.UPPER_BACK), List.copyOf(time.zones().keySet()), "body order");
    }

    @Test
    void aBandChangeAppliesFromItsMomentOn() {
        BandSchedule schedule = new BandSchedule(List.of(
                new BandSet(1000.0, Map.of(Zone.UPPER_BACK, new TargetBand(40, 50))),
                BACK_25_35,
                new BandSet(2000.0, Map.of())));
        InBandAccumulator acc = new InBandAccumulator();
        // a steady 24 kg on the upper back, a frame every 100 ms for 3 s
        for (double t = 0; t < 3000; t += 100) {
            acc.add(100, 24, P, Zone.UPPER_BACK, schedule.at(t));
        }
        ZoneInBand back = acc.snapshot().zones().get(Zone.UPPER_BACK);
        // a set made at the frame of 1000 ms applies from the next frame on
        assertEquals(2.1, back.bandedS(), 1e-9, "banded until the frame the bands were cleared at (2 s)");
        assertEquals(1.1, back.inBandS(), 1e-9, "in 25-35 % (20-28 kg) up to the frame of 1 s");
        assertEquals(1.0, back.underS(), 1e-9, "under 40-50 % (32-40 kg) from 1.1 s to 2 s");
        assertEquals(52.4, back.inBandPercent());
    }

    @Test
    void aScheduleKnowsWhetherTheSessionEverHadABand() {
        assertFalse(new BandSchedule(List.of()).any());
        assertFalse(new BandSchedule(List.of(new BandSet(5.0, Map.of()))).any());
        assertTrue(new BandSchedule(List.of(BACK_25_35)).any());
    }

    @Test
    void theRunningPercentAndASingleLookUpAgreeWithTheSnapshotAndTheCursor() {
        List<BandSet> sets = List.of(BACK_25_35, new BandSet(1000.0, Map.of(Zone.UPPER_BACK, new TargetBand(40, 50))));
        BandSchedule schedule = new BandSchedule(sets);
        InBandAccumulator acc = new InBandAccumulator();
        assertNull(acc.inBandPercent());
        for (double t = 0; t < 2000; t += 100) {
            assertEquals(schedule.at(t), BandSchedule.inForce(sets, t), "set in force at " + t);
            acc.add(100, 24, P, Zone.UPPER_BACK, BandSchedule.inForce(sets, t));
            assertEquals(acc.snapshot().inBandPercent(), acc.inBandPercent());
        }
    }
}
