package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.LoadHistory;
import dev.ashiatsu.core.alarm.Priority;
import dev.ashiatsu.core.alarm.StopPress;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The table's buttons, sample by sample: CLIENT_STOP and ACKNOWLEDGE (client limit 40.8 kg, P = 68 kg). */
class ClientStopTest {

    private final TableRig rig = TableRig.fourLegs().withClientSettled();
    private final double upperBack = rig.xOf(Zone.UPPER_BACK);

    private AlarmEvent press(Input input) {
        return rig.monitor.input(new InputEvent(rig.tMs - TableRig.PERIOD_MS / 2, input));
    }

    @Test
    void aStopRecordsTheLoadItsFractionTheZoneAndTheLastFiveSeconds() {
        rig.settle(30, upperBack);
        double pressMs = rig.tMs - TableRig.PERIOD_MS / 2;
        AlarmEvent returned = press(Input.CLIENT_STOP);

        AlarmEvent alarm = rig.raisedOf(AlarmType.CLIENT_STOP).get(0);
        assertEquals(alarm, returned);
        assertEquals(Priority.HIGH, alarm.priority());
        assertEquals(pressMs, alarm.startMs(), "raised at the press's own time");
        assertEquals(Zone.UPPER_BACK, alarm.zone());
        assertEquals(40.8, alarm.limitKg(), 1e-9);
        StopPress p = alarm.press();
        assertNotNull(p);
        assertEquals(30, p.appliedKg(), 1e-9);
        assertEquals(30 / 68.0, p.fraction(), 1e-9);

        double[] history = p.historyKg();
        assertEquals(LoadHistory.BINS, history.length);
        assertEquals(LoadHistory.BIN_MS, p.historyStepMs());
        assertEquals(Math.floor(pressMs / 100) * 100 - 4900, p.historyStartMs(), "the last bin holds the press");
        for (int i = history.length - 9; i < history.length; i++) {
            assertEquals(30, history[i], 1e-9, "the last second was held at 30 kg: bin " + i);
        }
        assertEquals(0, history[0], 1e-9, "5 s before, the client lay alone");
        for (int i = 1; i < history.length; i++) {
            assertTrue(history[i] >= history[i - 1] - 1e-9, "the mount rises gently: bin " + i);
        }
        assertTrue(history[30] > 0 && history[30] < 30, "mid-mount bins hold the rising load: " + history[30]);
    }

    @Test
    void aStopStaysUntilAcknowledgedAndEndsAtTheAcknowledgement() {
        rig.settle(20, upperBack);
        AlarmEvent stop = press(Input.CLIENT_STOP);
        rig.hold(rig.practitioner(0, upperBack), 10_000);
        assertTrue(rig.clearedOf(AlarmType.CLIENT_STOP).isEmpty(), "a stop never clears by itself: " + rig);
        assertTrue(rig.monitor.activeAlarms().stream().anyMatch(a -> a.id() == stop.id()));

        double ackMs = rig.tMs - TableRig.PERIOD_MS / 2;
        AlarmEvent acknowledged = press(Input.ACKNOWLEDGE);

        assertEquals(stop.id(), acknowledged.id());
        assertEquals(1, rig.acknowledged.size());
        assertEquals(ackMs, rig.acknowledged.get(0).endMs());
        AlarmEvent ended = rig.clearedOf(AlarmType.CLIENT_STOP).get(0);
        assertEquals(ackMs, ended.endMs());
        assertEquals(20, ended.peakKg(), 1e-9, "the peak while it lasted");
        assertEquals(stop.press(), ended.press(), "the end carries the press too");
        assertTrue(rig.monitor.activeAlarms().isEmpty());
    }

    @Test
    void acknowledgeTakesTheMostUrgentActiveAlarmFirstAndIsRecordedEachTime() {
        rig.settle(37.5, upperBack);
        AlarmEvent approaching = rig.raisedOf(AlarmType.APPROACHING_LIMIT).get(0);
        AlarmEvent stop = press(Input.CLIENT_STOP);
        rig.hold(rig.practitioner(37.5, upperBack), 200);

        assertEquals(stop.id(), press(Input.ACKNOWLEDGE).id(), "the HIGH stop before the LOW approach");
        assertEquals(approaching.id(), press(Input.ACKNOWLEDGE).id());
        assertNull(press(Input.ACKNOWLEDGE), "nothing active is left to acknowledge");

        assertEquals(2, rig.acknowledged.size());
        assertTrue(rig.monitor.activeAlarms().stream().anyMatch(a -> a.id() == approaching.id()),
                "an acknowledged approach stays active while the load is there");
        assertTrue(rig.clearedOf(AlarmType.APPROACHING_LIMIT).isEmpty());
    }

    @Test
    void theNewestOfEqualPriorityIsAcknowledgedFirstAndAnAlarmOnlyOnce() {
        rig.settle(10, upperBack);
        AlarmEvent first = press(Input.CLIENT_STOP);
        rig.hold(rig.practitioner(10, upperBack), 500);
        AlarmEvent second = press(Input.CLIENT_STOP);

        assertEquals(second.id(), press(Input.ACKNOWLEDGE).id());
        assertTrue(rig.monitor.acknowledge(first.id(), rig.tMs), "by id, as the page does");
        assertTrue(!rig.monitor.acknowledge(first.id(), rig.tMs), "an ended alarm is not acknowledged twice");
        assertEquals(2, rig.clearedOf(AlarmType.CLIENT_STOP).size());
    }

    @Test
    void aPressBeforeAnyLoadStillRaisesTheStop() {
        AlarmEvent stop = press(Input.CLIENT_STOP);
        assertNull(stop.zone(), "no zone below 5 kg");
        assertEquals(0, stop.press().appliedKg(), 1e-9);
    }

    @Test
    void framesAllocateNothingWhileNoAlarmChanges() {
        var threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported(),
                "this JVM cannot count a thread's allocations");
        var counter = (com.sun.management.ThreadMXBean) threads;
        rig.settle(20, upperBack);
        double[] kg = rig.practitioner(20, upperBack);
        for (int i = 0; i < 2000; i++) {
            rig.monitor.accept(Frame.ofKg(rig.tMs += TableRig.PERIOD_MS, kg));
        }
        long id = Thread.currentThread().getId();
        Frame[] frames = new Frame[1000];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = Frame.ofKg(rig.tMs + (i + 1) * TableRig.PERIOD_MS, kg);
        }
        long before = counter.getThreadAllocatedBytes(id);
        for (Frame f : frames) {
            rig.monitor.accept(f);
        }
        long allocated = counter.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 1000, "1000 frames allocated " + allocated + " bytes");
    }
}
