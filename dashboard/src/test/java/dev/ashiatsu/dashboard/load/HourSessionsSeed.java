package dev.ashiatsu.dashboard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.FileJournalChannel;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Writes one-hour recorded sessions (8 channels at 80 Hz, recorded by the real journal recorder) into
 * {@code <seed.dir>/sessions}, for the Pi budget run's review load ({@code benchmarks/pi-budget.sh --review
 * DIR}, docs/performance.md). Runs only on request:
 * {@code mvn -B -q -pl dashboard -am verify -Dtest=HourSessionsSeed -Dseed.dir=DIR -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dseed.sessions=3} by default).
 */
class HourSessionsSeed {

    private static final long STARTED_AT = 1_763_776_800_000L;

    @Test
    void writesOneHourSessions() throws Exception {
        String dir = System.getProperty("seed.dir");
        assumeTrue(dir != null, "writes sessions only on request: -Dseed.dir=DIR (see docs/performance.md)");
        int sessions = Integer.getInteger("seed.sessions", 3);
        Path sessionsDir = Files.createDirectories(Path.of(dir).resolve("sessions"));
        SessionStore store = new SessionStore(sessionsDir);
        int before = store.list().size();
        for (int i = 0; i < sessions; i++) {
            SimulatedSession sim = new SimulatedSession();
            // room for the whole hour: the simulation runs far faster than the writer, and no frame may be lost
            try (JournalRecorder recorder = new JournalRecorder(store, FileJournalChannel::open, 300_000)) {
                sim.recordingTo(recorder);
                String id = recorder.begin(sim.info(STARTED_AT + i * 7_200_000L));
                sim.run(3_600_000);
                recorder.note(6_000, "client settled, starting on the back");
                recorder.end(sim.timeMs());
                Await.until(Duration.ofMinutes(5), () -> recorder.framesWritten() + recorder.framesLost() >= 288_000,
                        "the writer to write the hour of " + id);
                assertEquals(0, recorder.framesLost(), "frames lost while seeding " + id);
                System.out.println("seeded one-hour session " + id + " in " + sessionsDir);
            }
        }
        assertEquals(before + sessions, store.list().size());
        store.list().forEach(s -> assertEquals(288_000, s.frames(), s.id() + " frames"));
    }
}
