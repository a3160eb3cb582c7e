package dev.ashiatsu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.estimate.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dose per zone and for the session, from frames whose load, limit and zone are written out here. */
class ZoneDoseTest {

    /** 100 ms frames: 1 s at 20 kg on the thigh, 1 s at 37 kg on the upper back (limit 40), 0.5 s at 45 kg there. */
    private static SessionDose threeHolds() {
        StatisticsAccumulator stats = new StatisticsAccumulator();
        double t = 0;
        stats.add(t, 0, 0, 40, null);
        for (int i = 0; i < 10; i++) {
            stats.add(t += 100, 20, 20 / 70.0, 40, Zone.THIGH);
        }
        for (int i = 0; i < 10; i++) {
            stats.add(t += 100, 37, 37 / 70.0, 40, Zone.UPPER_BACK);
        }
        for (int i = 0; i < 5; i++) {
            stats.add(t += 100, 45, 45 / 70.0, 40, Zone.UPPER_BACK);
        }
        return stats.dose();
    }

    @Test
    void eachZoneHasItsTimeImpulseTimesNearAndOverTheLimitAndPeak() {
        SessionDose dose = threeHolds();

        assertEquals(List.of(Zone.THIGH, Zone.UPPER_BACK), List.copyOf(dose.zones().keySet()), "body order");
        ZoneDose thigh = dose.zones().get(Zone.THIGH);
        assertEquals(1.0, thigh.loadedS(), 1e-9);
        assertEquals(20.0, thigh.impulseKgS(), 1e-9);
        assertEquals(0.0, thigh.approachingS(), 1e-9);
        assertEquals(0.0, thigh.overLimitS(), 1e-9);
        assertEquals(20.0, thigh.peakKg(), 1e-9);

        ZoneDose back = dose.zones().get(Zone.UPPER_BACK);
        assertEquals(1.5, back.loadedS(), 1e-9);
        assertEquals(37 * 1.0 + 45 * 0.5, back.impulseKgS(), 1e-9);
        assertEquals(1.5, back.approachingS(), 1e-9, "37 kg is at or above 90 % of 40 kg; over the limit counts too");
        assertEquals(0.5, back.overLimitS(), 1e-9);
        assertEquals(45.0, back.peakKg(), 1e-9);
    }

    @Test
    void theSessionLineIsTheSumOfTheZonesWithTheHighestPeak() {
        ZoneDose session = threeHolds().session();
        assertEquals(2.5, session.loadedS(), 1e-9);
        assertEquals(20 + 37 + 22.5, session.impulseKgS(), 1e-9);
        assertEquals(1.5, session.approachingS(), 1e-9);
        assertEquals(0.5, session.overLimitS(), 1e-9);
        assertEquals(45.0, session.peakKg(), 1e-9);
    }

    @Test
    void aSignalGapCountsAtMostAQuarterSecond() {
        StatisticsAccumulator stats = new StatisticsAccumulator();
        stats.add(0, 30, Double.NaN, 40, Zone.GLUTES);
        stats.add(3000, 30, Double.NaN, 40, Zone.GLUTES);
        assertEquals(0.25, stats.dose().zones().get(Zone.GLUTES).loadedS(), 1e-9);
    }

    @Test
    void aSessionWithoutLoadHasAnEmptyDose() {
        StatisticsAccumulator stats = new StatisticsAccumulator();
        stats.add(0, 0, Double.NaN, Double.POSITIVE_INFINITY, null);
        stats.add(100, 1, Double.NaN, Double.POSITIVE_INFINITY, null);
        SessionDose dose = stats.dose();
        assertEquals(0, dose.zones().size());
        assertEquals(new ZoneDose(0, 0, 0, 0, 0), dose.session());
    }
}
