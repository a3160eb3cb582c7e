package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.PractitionerProfile;
import org.junit.jupiter.api.Test;

/** When zeros may be set (tare), and alarm numbering across a replaced monitor. */
class TareAndAlarmIdsTest {

    @Test
    void tareIsSafeOnlyOnASteadyEmptyTable() {
        TableRig rig = TableRig.fourLegs();
        double[] empty = new double[rig.table.channelCount()];
        rig.hold(empty, 500);
        assertFalse(rig.monitor.tareCheck().safe(), "0.5 s of samples cannot show 2 s of steadiness");
        assertTrue(rig.monitor.tareCheck().reason().contains("not steady"), rig.monitor.tareCheck().reason());
        rig.hold(empty, 2500);
        assertTrue(rig.monitor.tareCheck().safe(), String.valueOf(rig.monitor.tareCheck()));
        assertNull(rig.monitor.tareCheck().reason());
    }

    @Test
    void tareIsRefusedWithAClientOrAPractitionerOnTheTable() {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        TareCheck client = rig.monitor.tareCheck();
        assertFalse(client.safe());
        assertTrue(client.reason().contains("CLIENT") && client.reason().contains("80.0 kg"), client.reason());
        rig.settle(29, 100);
        TareCheck loaded = rig.monitor.tareCheck();
        assertEquals(Phase.LOADED, loaded.phase());
        assertTrue(loaded.reason().contains("LOADED") && loaded.reason().contains("109.0 kg"), loaded.reason());
    }

    @Test
    void aPhaseForcedToEmptyByHandDoesNotMakeATareSafe() {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        rig.monitor.overridePhase(Phase.EMPTY);
        rig.hold(rig.loads(0, 0, 0), 3000);
        TareCheck check = rig.monitor.tareCheck();
        assertEquals(Phase.EMPTY, check.phase());
        assertFalse(check.safe());
        assertTrue(check.reason().contains("only by hand"), check.reason());
    }

    @Test
    void aReplacingMonitorContinuesTheAlarmNumbering() {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        rig.settle(50, 100);
        long firstId = rig.raisedOf(AlarmType.OVER_LIMIT).get(0).id();
        Monitor next = new Monitor(rig.table, rig.client, new PractitionerProfile("p", "P", 68.0), rig,
                rig.monitor.nextAlarmId());
        rig.monitor.endAlarms();
        assertEquals(rig.raised.size(), rig.cleared.size(), "every alarm of the old monitor ended");
        double t = rig.tMs;
        for (int i = 0; i < 400; i++) {
            next.accept(Frame.ofKg(t + i * TableRig.PERIOD_MS, i < 150 ? rig.loads(0, 0, 0) : rig.practitioner(50, 100)));
        }
        long secondId = rig.raised.stream().filter(a -> a.type() == AlarmType.OVER_LIMIT).skip(1).findFirst()
                .orElseThrow(() -> new AssertionError(rig.toString())).id();
        assertTrue(secondId > firstId, "ids " + firstId + " then " + secondId);
        assertEquals(rig.raised.stream().map(a -> a.id()).distinct().count(), rig.raised.size(), rig.toString());
    }

    @Test
    void endingTheAlarmsDuringASignalLossEndsItNoEarlierThanItBegan() {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        double last = rig.tMs - TableRig.PERIOD_MS;
        rig.monitor.checkSilence(last + 300);
        AlarmEvent loss = rig.raisedOf(AlarmType.SIGNAL_LOSS).get(0);
        assertEquals(last + 250, loss.startMs(), 1e-9);
        rig.monitor.endAlarms();
        AlarmEvent ended = rig.clearedOf(AlarmType.SIGNAL_LOSS).get(0);
        assertEquals(loss.startMs(), ended.endMs(), 1e-9);
    }
}
