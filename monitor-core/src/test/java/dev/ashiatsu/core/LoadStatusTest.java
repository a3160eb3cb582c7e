package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.estimate.Zone;
import org.junit.jupiter.api.Test;

/** The load's status against the limit, as the monitor's estimate reports it (limit 40.8 kg in full-factor zones). */
class LoadStatusTest {

    private final TableRig rig = TableRig.fourLegs().withClientSettled();

    @Test
    void estimateCarriesTheApproachThresholdAndStatusOfTheLoadNow() {
        rig.settle(30, rig.xOf(Zone.UPPER_BACK));
        Estimate normal = rig.monitor.estimate();
        assertEquals(40.8, normal.limitKg(), 1e-9);
        assertEquals(0.9 * 40.8, normal.approachKg(), 1e-9);
        assertEquals(1.0, normal.zoneFactor());
        assertEquals(LoadStatus.NORMAL, normal.status());

        rig.settle(38, rig.xOf(Zone.UPPER_BACK));
        assertEquals(LoadStatus.APPROACHING, rig.monitor.estimate().status());

        rig.settle(45, rig.xOf(Zone.UPPER_BACK));
        assertEquals(LoadStatus.OVER, rig.monitor.estimate().status());
    }

    @Test
    void aLoadInANoGoZoneIsNoGoWhateverItsSize() {
        rig.settle(8, rig.xOf(Zone.KNEE));
        Estimate e = rig.monitor.estimate();
        assertEquals(Zone.KNEE, e.zone());
        assertEquals(0.0, e.zoneFactor());
        assertEquals(LoadStatus.NO_GO, e.status());
    }

    @Test
    void theThresholdsAreInclusiveWhereTheRulesAreAndAnInfiniteLimitIsNormal() {
        assertEquals(LoadStatus.APPROACHING, LoadStatus.of(36, 40, Zone.THIGH, 1));
        assertEquals(LoadStatus.NORMAL, LoadStatus.of(35.99, 40, Zone.THIGH, 1));
        assertEquals(LoadStatus.APPROACHING, LoadStatus.of(40, 40, Zone.THIGH, 1));
        assertEquals(LoadStatus.OVER, LoadStatus.of(40.01, 40, Zone.THIGH, 1));
        assertEquals(LoadStatus.NORMAL, LoadStatus.of(300, Double.POSITIVE_INFINITY, null, 1));
        assertEquals(LoadStatus.NO_GO, LoadStatus.of(6, 0, Zone.KNEE, 0));
    }
}
