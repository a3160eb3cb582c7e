package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.recorder.SimulatedSession.Monitored;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRecorderTest {

    static final long STARTED_AT = 1_763_776_800_000L;

    @TempDir
    Path dir;

    @Test
    void recordedSessionReadsBackAsItWasMonitored() throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        List<Monitored> monitored;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            monitored = sim.run(60_000);
            recorder.note(30_000, "lighter on the knee");
            recorder.end(sim.timeMs());
            assertNull(recorder.fault());
        }
        SessionData data = store.load(id);
        assertEquals(monitored.size(), data.frames());
        for (int i = 0; i < monitored.size(); i++) {
            Frame frame = monitored.get(i).frame();
            assertEquals(frame.tMs(), data.tMs()[i], "time of frame " + i);
            for (int c = 0; c < frame.channelCount(); c++) {
                assertEquals(frame.values()[c], data.values()[c][i], "frame " + i + " channel " + c);
            }
            assertEquals(RecordedEstimate.of(monitored.get(i).estimate()), storedEstimate(data, i), "estimate of frame " + i);
        }
        Map<Long, AlarmEvent> finalStates = new LinkedHashMap<>();
        sim.alarms.forEach(alarm -> finalStates.put(alarm.id(), alarm));
        assertTrue(finalStates.values().stream().anyMatch(a -> a.type() == AlarmType.OVER_LIMIT), "the script goes over the limit");
        assertTrue(finalStates.values().stream().anyMatch(a -> a.type() == AlarmType.NO_GO_ZONE), "the script steps on the knee");
        assertEquals(List.copyOf(finalStates.values()).stream().sorted(java.util.Comparator.comparingDouble(AlarmEvent::startMs)
                .thenComparingLong(AlarmEvent::id)).toList(), data.alarms());
        assertEquals(List.of("lighter on the knee"), data.notes().stream().map(Note::text).toList());
        assertEquals(sim.info(STARTED_AT), data.info());

        SessionSummary summary = store.list().get(0);
        assertEquals(id, summary.id());
        assertEquals("client-a", summary.clientId());
        assertTrue(summary.ended());
        assertEquals(finalStates.size(), summary.alarmCount());
        assertEquals(sim.monitor.statistics().peakAppliedKg(), summary.peakAppliedKg(), 0.01);
        assertTrue(summary.secondsOverLimit() > 1, "time over the limit: " + summary.secondsOverLimit());
        var live = sim.monitor.statistics();
        SessionStats stored = SessionStats.of(data);
        assertEquals(live.secondsOverLimit(), stored.secondsOverLimit(), SimulatedSession.PERIOD_MS / 1000,
                "review's statistics from the stored estimates agree with the monitor's");
        assertEquals(live.zones().keySet(), stored.zones().keySet());
        live.zones().forEach((zone, z) -> {
            SessionStats.ZoneStats mine = stored.zones().get(zone);
            assertEquals(z.seconds(), mine.seconds(), SimulatedSession.PERIOD_MS / 1000, zone + " seconds");
            assertEquals(z.peakKg(), mine.peakKg(), 0.005, zone + " peak");
            assertEquals(z.meanKg(), mine.meanKg(), 0.005, zone + " mean");
        });
    }

    @Test
    void throughAFullDiskEveryAlarmAndNoteIsRecordedAndTheLossIsCountedAsSoonAsItCanWrite() throws Exception {
        SessionStore store = new SessionStore(dir);
        FillingDisk disk = new FillingDisk(8_000);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store, disk, 8192)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            sim.run(10_000);
            waitFor(() -> recorder.fault() != null && recorder.fault().contains("No space left on device"),
                    "the disk-full fault to be reported");
            String episode = recorder.fault();

            int alarmsBefore = sim.alarms.size();
            double faultAt = sim.timeMs();
            for (int second = 0; second < 40; second++) {
                sim.run(1_000);
                waitFor(() -> recorder.queued() == 0, "the writer to take the second's frames and alarms");
                assertEquals(episode, recorder.fault(), "one fault text for the whole episode, no running counts");
            }
            assertTrue(recorder.framesLost() > 0, "the frames lost so far: " + recorder.framesLost());
            recorder.note(sim.timeMs(), "written on a full disk");
            assertEquals(sim.timeMs() - SimulatedSession.PERIOD_MS, sim.monitor.estimate().tMs(), "the monitor saw every frame");
            assertTrue(sim.alarms.stream().anyMatch(a -> a.startMs() > faultAt), "alarms still raised while the disk is full");
            assertTrue(sim.alarms.size() > alarmsBefore);

            disk.capacity = Long.MAX_VALUE;
            sim.run(5_000);
            waitFor(() -> recorder.fault() == null, () -> "the fault to clear once writing works again: " + recorder.fault());
            SessionData whileRecording = store.load(id);
            assertTrue(whileRecording.framesLost() > 0, "the frames lost are in the journal before the session ends");
            assertEquals(finalStates(sim), whileRecording.alarms(), "every alarm raised on the full disk, written since");
            assertEquals(List.of("written on a full disk"), whileRecording.notes().stream().map(Note::text).toList());
            recorder.end(sim.timeMs());
        }
        SessionData data = store.load(id);
        assertTrue(data.frames() > 0 && data.frames() < sim.timeMs() / SimulatedSession.PERIOD_MS, "some frames lost: " + data.frames());
        assertEquals(data.frames() + data.framesLost(), Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS));
        assertEquals(finalStates(sim), data.alarms());
        assertEquals(sim.timeMs() - SimulatedSession.PERIOD_MS, data.tMs()[data.frames() - 1], "the last frames, after space returned, are there");
        assertEquals(data.framesLost(), store.summary(id).framesLost());
    }

    @Test
    void aSessionBegunOnAFullDiskLeavesNoEmptyFileAndIsRecordedWhenSpaceReturns() throws Exception {
        SessionStore store = new SessionStore(dir);
        FillingDisk disk = new FillingDisk(0);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store, disk, 8192)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            for (int second = 0; second < 20; second++) {
                sim.run(1_000);
                waitFor(() -> recorder.queued() == 0, "the writer to take the second's frames and alarms");
            }
            assertTrue(recorder.fault() != null && recorder.fault().contains("No space left on device"), recorder.fault());
            assertTrue(sim.alarms.size() > 0, "alarms raised on the full disk");
            assertEquals(List.of(), store.ids(), "no empty, unlisted journal left behind");
            disk.capacity = Long.MAX_VALUE;
            sim.run(3_000);
            recorder.end(sim.timeMs());
            waitFor(() -> recorder.fault() == null, "the fault to clear");
        }
        SessionData data = store.load(id);
        assertEquals(sim.info(STARTED_AT), data.info());
        assertEquals(finalStates(sim), data.alarms(), "every alarm, though the journal could not even be created");
        assertEquals(Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS), data.frames() + data.framesLost());
        assertTrue(data.endMs() != null);
    }

    @Test
    void aHungDiskNeverBlocksTheAcquisitionThreadAndTheOverflowIsCounted() throws Exception {
        SessionStore store = new SessionStore(dir);
        FillingDisk disk = new FillingDisk(Long.MAX_VALUE);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store, disk, 1024)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            sim.run(1_000);
            waitFor(() -> Files.exists(JournalFiles.journal(dir, id)), "the journal to be created");
            disk.hangWrites();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> sim.run(60_000), "frame() must never block");
            assertTrue(recorder.framesDropped() > 0);
            assertNotNull(recorder.fault());
            assertTrue(recorder.fault().contains("fell behind"), recorder.fault());
            disk.release();
            sim.run(2_000);
            waitFor(() -> recorder.fault() == null, "the fault to clear once the writer caught up");
            assertTrue(store.load(id).framesLost() > 0, "the frames dropped are in the journal before the end");
            recorder.end(sim.timeMs());
        }
        SessionData data = store.load(id);
        long total = Math.round(sim.timeMs() / SimulatedSession.PERIOD_MS);
        assertEquals(total, data.frames() + data.framesLost());
        assertTrue(data.endMs() != null);
    }

    private static List<AlarmEvent> finalStates(SimulatedSession sim) {
        Map<Long, AlarmEvent> finalStates = new LinkedHashMap<>();
        sim.alarms.forEach(alarm -> finalStates.put(alarm.id(), alarm));
        return finalStates.values().stream().sorted(java.util.Comparator.comparingDouble(AlarmEvent::startMs)
                .thenComparingLong(AlarmEvent::id)).toList();
    }

    @Test
    void notesArePinnedToPastSessionsToo() throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            sim.run(5_000);
            recorder.end(sim.timeMs());
            waitFor(() -> store.exists(id), "the journal");
            recorder.note(id, 2_500, "good pressure here").get();
            recorder.note(id, 1_000, "client settling").get();
        }
        SessionData data = store.load(id);
        assertEquals(List.of("client settling", "good pressure here"), data.notes().stream().map(Note::text).toList());
        assertEquals(2, store.summary(id).noteCount());
    }

    @Test
    void nothingIsRecordedOutsideASession() throws Exception {
        SessionStore store = new SessionStore(dir);
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            recorder.frame(Frame.ofRaw(0, 1, 2), null);
            recorder.note(0, "nobody here");
            assertNull(recorder.fault());
        }
        assertTrue(store.ids().isEmpty());
    }

    @Test
    void aBeginWithoutSessionInfoIsAFaultNotAnException() throws Exception {
        SessionStore store = new SessionStore(dir);
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            assertNotNull(recorder.begin(null));
            recorder.frame(Frame.ofRaw(0, 1, 2), null);
            assertTrue(recorder.fault().contains("begin without session info"), recorder.fault());
        }
        assertTrue(store.ids().isEmpty());
    }

    static RecordedEstimate storedEstimate(SessionData data, int i) {
        return new RecordedEstimate(data.phaseAt(i), data.zoneAt(i), data.tableKg()[i], data.barKg()[i],
                data.appliedKg()[i], data.limitKg()[i], data.practitionerKg()[i],
                Double.isNaN(data.xCm()[i]) ? null : data.xCm()[i]);
    }

    /** Waits for a condition written by another thread, up to 10 s. */
    static void waitFor(BooleanSupplier condition, String what) {
        Await.until(Duration.ofSeconds(10), condition, what);
    }

    /** Waits for a condition, up to 10 s; {@code what} is asked on time-out (it may report the state). */
    static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        Await.until(Duration.ofSeconds(10), condition, what);
    }
}
