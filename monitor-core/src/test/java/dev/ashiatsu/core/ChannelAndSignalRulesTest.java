package dev.ashiatsu.core;

import static dev.ashiatsu.core.TableRig.PERIOD_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import org.junit.jupiter.api.Test;

/** SENSOR_FAULT and SIGNAL_LOSS, driven sample by sample. */
class ChannelAndSignalRulesTest {

    private final TableRig rig = TableRig.fourLegs().withClientSettled();

    @Test
    void raisesSensorFaultForAStaleChannelAndClearsAfterOneHealthySecond() {
        rig.settle(20, rig.xOf(Zone.THIGH));
        double[] loads = rig.practitioner(20, rig.xOf(Zone.THIGH));
        double lastGood = rig.feed(loads);
        double[] withoutT3 = loads.clone();
        withoutT3[2] = Double.NaN;
        rig.hold(withoutT3, 600);
        AlarmEvent alarm = rig.raisedOf(AlarmType.SENSOR_FAULT).get(0);
        assertEquals("T3", alarm.channel());
        assertEquals("stale", alarm.detail());
        assertEquals(lastGood + 260, alarm.startMs(), 1e-9, "first frame 250 ms or more after the last value");
        assertEquals(20, rig.monitor.estimate().appliedKg(), 1e-9, "the last good value stands in");

        double healthy = rig.feed(loads);
        rig.hold(loads, 1500);
        assertEquals(healthy + 1000, rig.clearedOf(AlarmType.SENSOR_FAULT).get(0).endMs(), 1e-9);
        assertTrue(rig.raisedOf(AlarmType.SIGNAL_LOSS).isEmpty());
    }

    @Test
    void raisesSensorFaultForAStuckCellWhileOthersMove() {
        for (int i = 0; i < 60; i++) {
            double[] loads = rig.practitioner(10 + (i % 7), rig.xOf(Zone.THIGH));
            loads[0] = 12.345;
            rig.feed(loads);
        }
        AlarmEvent alarm = rig.raisedOf(AlarmType.SENSOR_FAULT).get(0);
        assertEquals("T1", alarm.channel());
        assertEquals("stuck", alarm.detail());
    }

    @Test
    void aQuietTableIsNotStuck() {
        double[] still = rig.loads(0, 0, 0);
        rig.hold(still, 3000);
        assertTrue(rig.raisedOf(AlarmType.SENSOR_FAULT).isEmpty(), "nothing else moves: no channel is to blame");
    }

    @Test
    void raisesSensorFaultForAnImpossibleTableLoad() {
        double[] loads = rig.loads(0, 0, 0);
        loads[1] = -8;
        rig.feed(loads);
        rig.feed(loads);
        assertTrue(rig.raisedOf(AlarmType.SENSOR_FAULT).isEmpty());
        rig.feed(loads);
        assertEquals("impossible", rig.raisedOf(AlarmType.SENSOR_FAULT).get(0).detail());
    }

    @Test
    void raisesSensorFaultForASaturatedAdc() {
        TableRig raw = TableRig.fourLegs();
        double[] counts = new double[raw.table.channelCount()];
        counts[3] = 8_388_607;
        for (int i = 0; i < 3; i++) {
            raw.monitor.accept(Frame.ofRaw(i * PERIOD_MS, counts.clone()));
        }
        AlarmEvent alarm = raw.raisedOf(AlarmType.SENSOR_FAULT).get(0);
        assertEquals("T4", alarm.channel());
        assertEquals("saturated", alarm.detail());
    }

    @Test
    void raisesSignalLossFromAFrameGap() {
        double[] loads = rig.practitioner(20, rig.xOf(Zone.THIGH));
        double last = rig.feed(loads);
        rig.tMs += 450;
        double resumed = rig.feed(loads);

        AlarmEvent ended = rig.clearedOf(AlarmType.SIGNAL_LOSS).get(0);
        assertEquals(last + 250, ended.startMs(), 1e-9);
        assertEquals(resumed, ended.endMs(), 1e-9);
    }

    @Test
    void aGapUnder250MsIsNotASignalLoss() {
        double[] loads = rig.practitioner(20, rig.xOf(Zone.THIGH));
        rig.feed(loads);
        rig.tMs += 200;
        rig.feed(loads);
        assertTrue(rig.raisedOf(AlarmType.SIGNAL_LOSS).isEmpty());
    }

    @Test
    void theWatchdogRaisesSignalLossWhileNoFrameComes() {
        double last = rig.feed(rig.loads(0, 0, 0));
        rig.monitor.checkSilence(last + 200);
        assertTrue(rig.monitor.activeAlarms().isEmpty());
        rig.monitor.checkSilence(last + 260);
        AlarmEvent alarm = rig.monitor.activeAlarms().get(0);
        assertEquals(AlarmType.SIGNAL_LOSS, alarm.type());
        assertEquals(last + 250, alarm.startMs(), 1e-9);
        assertNull(alarm.endMs());

        rig.tMs = last + 900;
        double resumed = rig.feed(rig.loads(0, 0, 0));
        assertEquals(resumed, rig.clearedOf(AlarmType.SIGNAL_LOSS).get(0).endMs(), 1e-9);
        assertEquals(1, rig.raisedOf(AlarmType.SIGNAL_LOSS).size());
    }

    @Test
    void aLateFrameAfterTheWatchdogNeverEndsTheLossBeforeItBegan() {
        double last = rig.feed(rig.loads(0, 0, 0));
        rig.monitor.checkSilence(last + 400);
        rig.tMs = last + 100;
        rig.feed(rig.loads(0, 0, 0));
        AlarmEvent ended = rig.clearedOf(AlarmType.SIGNAL_LOSS).get(0);
        assertTrue(ended.endMs() >= ended.startMs(), ended.toString());
    }

    @Test
    void aChannelMissingRightAfterASignalLossIsNotStaleYet() {
        double[] loads = rig.loads(0, 0, 0);
        rig.feed(loads);
        rig.tMs += 1000;
        double[] withoutT2 = loads.clone();
        withoutT2[1] = Double.NaN;
        double resumed = rig.feed(withoutT2);
        assertTrue(rig.raisedOf(AlarmType.SENSOR_FAULT).isEmpty(), "frames must keep coming for 250 ms first");
        rig.hold(withoutT2, 300);
        assertEquals(resumed + 260, rig.raisedOf(AlarmType.SENSOR_FAULT).get(0).startMs(), 1e-9);
    }
}
