package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SimulatedSession.Monitored;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStats;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.testing.Await;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of docs/performance.md, "Recording": a one-hour 80 Hz session of 8 channels recorded
 * through the journal (CPU, bytes), opened for review (load, statistics, one chart series), and
 * uploaded from scratch to a real v2 write API (QuestDB). Prints; asserts only that all frames made it.
 * Runs only with {@code -Dbench=true}:
 * <pre>
 * mvn -B -o -q -pl recorder -am verify -Dtest=RecordingBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class RecordingBenchmark {

    static final double HOUR_MS = 3_600_000;

    @TempDir
    Path dir;

    @Test
    void oneHourSession() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run with -Dbench=true");
        SimulatedSession sim = new SimulatedSession();
        List<Monitored> frames = sim.run(HOUR_MS);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        SessionStore store = new SessionStore(dir);
        long cpu0 = os.getProcessCpuTime();
        long feeder0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store, dev.ashiatsu.recorder.journal.FileJournalChannel::open,
                frames.size() + 1024)) {
            id = recorder.begin(sim.info(1_763_776_800_000L));
            for (Monitored m : frames) {
                recorder.frame(m.frame(), m.estimate());
            }
            recorder.end(sim.timeMs());
            assertEquals(0, recorder.framesDropped());
        }
        long wall = System.nanoTime() - wall0;
        long feederCpu = threads.getCurrentThreadCpuTime() - feeder0;
        long recorderCpu = os.getProcessCpuTime() - cpu0 - feederCpu;
        long bytes = Files.size(JournalFiles.journal(dir, id));
        print("journal: %d frames (1 h at 80 Hz, 8 channels) in %d bytes (%.2f MB/h, %.1f bytes/frame)",
                frames.size(), bytes, bytes / 1e6, (double) bytes / frames.size());
        print("journal: recorder CPU (writer thread, GC) %.2f s per hour of session = %.3f %% of one core at 80 Hz;"
                + " acquisition-thread cost %.0f ns/frame; wall %.2f s", recorderCpu / 1e9, recorderCpu / 1e9 / 3600 * 100,
                (double) feederCpu / frames.size(), wall / 1e9);

        for (int round = 0; round < 3; round++) {
            SessionStore cold = new SessionStore(dir);
            long t0 = System.nanoTime();
            SessionData data = cold.load(id);
            long loaded = System.nanoTime();
            SessionSummary summary = cold.summary(id);
            SessionStats stats = SessionStats.of(data);
            long done = System.nanoTime();
            print("review open (cold store, round %d): load %.0f ms, summary + statistics %.0f ms; %d frames, peak %.2f kg, %d zones",
                    round + 1, (loaded - t0) / 1e6, (done - loaded) / 1e6, data.frames(), summary.peakAppliedKg(), stats.zones().size());
        }

        try (QuestDbServer questDb = new QuestDbServer(dir.resolve("questdb"))) {
            InfluxSettings settings = new InfluxSettings(questDb.url(), "ashiatsu", "bench", "unused");
            long u0 = System.nanoTime();
            try (InfluxUploader uploader = new InfluxUploader(store, new InfluxPointWriter(settings), settings.url(), 50, 1000)) {
                Path journal = JournalFiles.journal(dir, id);
                Await.until(Duration.ofSeconds(30), () -> UploadCursor.read(dir, id) == journal.toFile().length(),
                        "the upload");
            }
            long uploadNs = System.nanoTime() - u0;
            questDb.awaitTable("ashiatsu_frame");
            long rows = questDb.count("SELECT count() FROM ashiatsu_frame");
            assertEquals(frames.size(), rows);
            print("upload catch-up: %d frame points in %.1f s = %.0f points/s (%.0fx real time at 80 Hz)",
                    rows, uploadNs / 1e9, rows / (uploadNs / 1e9), rows / (uploadNs / 1e9) / 80);
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
