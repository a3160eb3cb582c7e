package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 1 MB tmpfs mounted for the test (root only; skipped, with the reason, where mounting
 * is not permitted). The session starts on the full disk and goes on after space returns.
 */
class FullTmpfsTest {

    @TempDir
    Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        String refused = Tmpfs.mount(mountPoint);
        assumeTrue(refused == null, refused);
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            Tmpfs.unmount(mountPoint);
        }
    }

    @Test
    void aSessionBegunOnAFullDiskKeepsEveryAlarmAndIsRecordedOnceSpaceReturns() throws Exception {
        Path sessions = mountPoint.resolve("sessions");
        Files.createDirectories(sessions);
        Path filler = mountPoint.resolve("filler");
        Tmpfs.fill(filler);
        SessionStore store = new SessionStore(sessions);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(JournalRecorderTest.STARTED_AT));
            for (int second = 0; second < 30; second++) {
                sim.run(1_000);
                JournalRecorderTest.waitFor(() -> recorder.queued() == 0, "the writer to take the second");
            }
            assertNotNull(recorder.fault());
            assertTrue(recorder.fault().contains("No space left on device"), recorder.fault());
            assertEquals(List.of(), store.ids(), "no empty journal left on the full disk");
            assertTrue(sim.alarms.size() >= 4, "alarms raised live on the full disk: " + sim.alarms.size());

            Files.delete(filler);
            sim.run(2_000);
            JournalRecorderTest.waitFor(() -> recorder.fault() == null, () -> "writing to resume: " + recorder.fault());
            assertTrue(store.load(id).framesLost() > 0, "the loss is in the journal while recording");
            sim.run(1_000);
            recorder.end(sim.timeMs());
        }
        SessionData data = store.load(id);
        Map<Long, AlarmEvent> finalStates = new LinkedHashMap<>();
        sim.alarms.forEach(alarm -> finalStates.put(alarm.id(), alarm));
        assertEquals(finalStates.values().stream().sorted(Comparator.comparingDouble(AlarmEvent::startMs)
                .thenComparingLong(AlarmEvent::id)).toList(), data.alarms(), "every alarm that fired live");
        assertEquals(Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS), data.frames() + data.framesLost());
        assertTrue(store.summary(id).ended());
    }
}
