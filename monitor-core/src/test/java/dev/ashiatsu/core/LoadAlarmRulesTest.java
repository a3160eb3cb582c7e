package dev.ashiatsu.core;

import static dev.ashiatsu.core.TableRig.PERIOD_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import org.junit.jupiter.api.Test;

/** The load alarms of design.md section 4, driven sample by sample (client limit 40.8 kg = min(42, 0.6 x 68)). */
class LoadAlarmRulesTest {

    private final TableRig rig = TableRig.fourLegs().withClientSettled();
    private final double upperBack = rig.xOf(Zone.UPPER_BACK);

    @Test
    void raisesOverLimitOnSecondSampleAboveLimit() {
        rig.settle(30, upperBack);
        double first = rig.feed(rig.practitioner(45, upperBack));
        assertTrue(rig.raisedOf(AlarmType.OVER_LIMIT).isEmpty(), "one sample above the limit must not alarm yet");
        double second = rig.feed(rig.practitioner(45, upperBack));

        AlarmEvent alarm = rig.raisedOf(AlarmType.OVER_LIMIT).get(0);
        assertEquals(second, alarm.startMs());
        assertEquals(first + PERIOD_MS, alarm.startMs());
        assertEquals(40.8, alarm.limitKg(), 1e-9);
        assertEquals(Zone.UPPER_BACK, alarm.zone());
    }

    @Test
    void neverRaisesOnAOneSampleSpike() {
        rig.settle(30, upperBack);
        double[] spike = rig.practitioner(30, upperBack);
        spike[0] += 30;
        rig.feed(spike);
        rig.hold(rig.practitioner(30, upperBack), 1000);

        assertTrue(rig.raised.isEmpty(), rig.toString());
        assertEquals(30, rig.monitor.statistics().peakAppliedKg(), 1e-9, "a glitch never shows as a peak");
    }

    @Test
    void clearsOverLimitOnlyAfter200MsBelow95PercentOfLimit() {
        rig.settle(45, upperBack);
        rig.hold(rig.practitioner(39.5, upperBack), 2000);
        assertTrue(rig.clearedOf(AlarmType.OVER_LIMIT).isEmpty(), "39.5 kg is above 0.95 L = 38.76 kg: stays raised");

        double firstBelow = rig.feed(rig.practitioner(38, upperBack));
        rig.hold(rig.practitioner(38, upperBack), 600);

        AlarmEvent ended = rig.clearedOf(AlarmType.OVER_LIMIT).get(0);
        double filteredBelow = firstBelow + PERIOD_MS;
        assertEquals(filteredBelow + 200, ended.endMs(), 1e-9);
        assertEquals(45, ended.peakKg(), 1e-9);
    }

    @Test
    void appliesTheLumbarFactorOnTheLowerBack() {
        rig.settle(30, upperBack);
        assertTrue(rig.raisedOf(AlarmType.OVER_LIMIT).isEmpty(), "30 kg is fine on the upper back");

        rig.hold(rig.practitioner(30, rig.xOf(Zone.LOWER_BACK)), 1000);

        AlarmEvent alarm = rig.raisedOf(AlarmType.OVER_LIMIT).get(0);
        assertEquals(Zone.LOWER_BACK, alarm.zone());
        assertEquals(0.6 * 40.8, alarm.limitKg(), 1e-9);
    }

    @Test
    void raisesNoGoZoneInsteadOfOverLimitBehindTheKnee() {
        rig.settle(15, rig.xOf(Zone.THIGH));
        assertTrue(rig.raised.isEmpty());

        double moved = rig.feed(rig.practitioner(15, rig.xOf(Zone.KNEE)));
        rig.hold(rig.practitioner(15, rig.xOf(Zone.KNEE)), 1000);
        AlarmEvent alarm = rig.raisedOf(AlarmType.NO_GO_ZONE).get(0);
        assertEquals(moved + PERIOD_MS, alarm.startMs());
        assertEquals(Zone.KNEE, alarm.zone());
        assertTrue(rig.raisedOf(AlarmType.OVER_LIMIT).isEmpty());

        double back = rig.feed(rig.practitioner(15, rig.xOf(Zone.THIGH)));
        rig.hold(rig.practitioner(15, rig.xOf(Zone.THIGH)), 500);
        assertEquals(back + PERIOD_MS + 200, rig.clearedOf(AlarmType.NO_GO_ZONE).get(0).endMs(), 1e-9);
    }

    @Test
    void raisesApproachingLimitAt90PercentAndDropsItForTheHighAlarm() {
        rig.settle(37, upperBack);
        AlarmEvent approach = rig.raisedOf(AlarmType.APPROACHING_LIMIT).get(0);
        assertEquals(AlarmType.APPROACHING_LIMIT.priority(), approach.priority());

        double over = rig.feed(rig.practitioner(45, upperBack));
        rig.feed(rig.practitioner(45, upperBack));
        assertEquals(over + PERIOD_MS, rig.clearedOf(AlarmType.APPROACHING_LIMIT).get(0).endMs());
        assertEquals(1, rig.monitor.activeAlarms().size());
    }

    @Test
    void raisesRapidLoadWhenTheGripSlips() {
        rig.settle(10, rig.xOf(Zone.THIGH));
        rig.feed(rig.practitioner(18, rig.xOf(Zone.THIGH)));
        rig.feed(rig.practitioner(26, rig.xOf(Zone.THIGH)));
        rig.feed(rig.practitioner(34, rig.xOf(Zone.THIGH)));
        rig.hold(rig.practitioner(34, rig.xOf(Zone.THIGH)), 2000);

        assertEquals(1, rig.raisedOf(AlarmType.RAPID_LOAD).size(), rig.toString());
        AlarmEvent ended = rig.clearedOf(AlarmType.RAPID_LOAD).get(0);
        assertTrue(ended.endMs() - ended.startMs() >= 1000, "held for 1 s after the rise");
    }

    @Test
    void aSlowRiseOfTheSameSizeIsNotRapid() {
        rig.settle(10, rig.xOf(Zone.THIGH));
        for (double kg = 10; kg <= 34; kg += 0.4) {
            rig.feed(rig.practitioner(kg, rig.xOf(Zone.THIGH)));
        }
        assertTrue(rig.raisedOf(AlarmType.RAPID_LOAD).isEmpty(), rig.toString());
    }

    @Test
    void raisesWeightMismatchWhenThePractitionerLeansOnAStool() {
        rig.settle(20, upperBack);
        double[] onStool = rig.loads(20, upperBack, 30);
        double leaned = rig.feed(onStool);
        rig.hold(onStool, 7000);

        AlarmEvent alarm = rig.raisedOf(AlarmType.WEIGHT_MISMATCH).get(0);
        assertTrue(alarm.startMs() >= leaned + 5000 && alarm.startMs() <= leaned + 6000, "after 5 s: " + alarm);
        assertTrue(rig.clearedOf(AlarmType.WEIGHT_MISMATCH).isEmpty());

        double back = rig.feed(rig.practitioner(20, upperBack));
        rig.hold(rig.practitioner(20, upperBack), 7000);
        double end = rig.clearedOf(AlarmType.WEIGHT_MISMATCH).get(0).endMs();
        assertTrue(end >= back + 5000 && end <= back + 6000, "cleared after 5 s within 0.10 P: " + end);
    }

    @Test
    void theClientGettingUpIsNotARapidLoad() {
        for (double kg = TableRig.CLIENT_KG; kg >= 0; kg -= 4) {
            double[] loads = rig.loads(0, 0, 0);
            for (int i = 0; i < 4; i++) {
                loads[i] *= kg / TableRig.CLIENT_KG;
            }
            rig.feed(loads);
        }
        rig.hold(new double[rig.table.channelCount()], 1000);
        assertEquals(Phase.EMPTY, rig.monitor.estimate().phase());
        assertTrue(rig.raised.isEmpty(), rig.toString());
    }

    @Test
    void aNoGoZoneHasALimitOfZeroEvenWhileTheWeightIsUnknown() {
        var client = new dev.ashiatsu.core.config.ClientProfile("c", "C", 175, 5, null, 0.5, java.util.Map.of(), "");
        TableRig unknown = new TableRig(client, null, 4, 186).withClientSettled();
        unknown.settle(15, unknown.xOf(Zone.KNEE));
        AlarmEvent alarm = unknown.raisedOf(AlarmType.NO_GO_ZONE).get(0);
        assertEquals(0, alarm.limitKg());
    }
}
