package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.FileJournalChannel;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.time.Duration;

/** Records simulated sessions into a store, as the live pipeline would, for the review tests. */
public final class RecordedSessions {

    public static final long STARTED_AT = 1_763_776_800_000L;
    /** Simulated time between two waits for the recorder in {@link #recordPaced}, ms. */
    private static final double PACE_MS = 60_000;

    private RecordedSessions() {
    }

    /** A recorded session: its id and the simulation that was monitored (alarms, statistics). */
    public record Recorded(String id, SimulatedSession sim) {
    }

    public static Recorded record(SessionStore store, double durationMs, long startedAt) {
        return record(store, durationMs, startedAt, 1.0);
    }

    /** @param intensity scales the applied loads of the script (see {@link SimulatedSession}) */
    public static Recorded record(SessionStore store, double durationMs, long startedAt, double intensity) {
        return record(store, durationMs, startedAt, intensity, Double.NaN, Double.NaN);
    }

    /** A session whose trainer set {@code bands} before its first frame (null for none). */
    public static Recorded record(SessionStore store, double durationMs, long startedAt, double intensity, BandSet bands) {
        return record(store, durationMs, startedAt, intensity, Double.NaN, Double.NaN, bands);
    }

    /**
     * As {@link #record(SessionStore, double, long)}, but paced: after each simulated minute (4800 frames, the
     * recorder's queue holds 8192) it waits until the recorder has written every frame so far, so that a busy machine cannot make the recorder's queue overflow
     * (the simulation runs far faster than real time). For benchmarks, which need the whole session recorded.
     */
    public static Recorded recordPaced(SessionStore store, double durationMs, long startedAt) throws Exception {
        SimulatedSession sim = new SimulatedSession();
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            String id = recorder.begin(sim.info(startedAt));
            long frames = 0;
            while (sim.timeMs() < durationMs) {
                frames += sim.run(Math.min(PACE_MS, durationMs - sim.timeMs())).size();
                long written = frames;
                Await.value(Duration.ofSeconds(60), recorder::framesWritten, n -> n >= written, "the recorder to catch up");
            }
            recorder.note(6_000, "client settled, starting on the back");
            recorder.end(sim.timeMs());
            return new Recorded(id, sim);
        }
    }

    /**
     * A session in which the client presses stop at {@code stopAtMs} and the practitioner, at
     * {@code ackAtMs}, presses acknowledge until the stop is acknowledged (NaN for no press).
     */
    public static Recorded record(SessionStore store, double durationMs, long startedAt, double intensity,
                                  double stopAtMs, double ackAtMs) {
        return record(store, durationMs, startedAt, intensity, stopAtMs, ackAtMs, null);
    }

    /**
     * A session in which the client presses stop at {@code stopAtMs} and the practitioner, at
     * {@code ackAtMs}, presses acknowledge until the stop is acknowledged (NaN for no press). The recorder's
     * queue holds the whole session, so no frame is dropped however far the writer falls behind (a loaded
     * machine): the simulation runs far faster than the 80 Hz a table delivers.
     */
    private static Recorded record(SessionStore store, double durationMs, long startedAt, double intensity,
                                   double stopAtMs, double ackAtMs, BandSet bands) {
        SimulatedSession sim = new SimulatedSession(intensity);
        int queue = Math.max(8192, (int) Math.ceil(durationMs / SimulatedSession.PERIOD_MS) + 1024);
        try (JournalRecorder recorder = new JournalRecorder(store, FileJournalChannel::open, queue)) {
            sim.recordingTo(recorder);
            String id = recorder.begin(sim.info(startedAt));
            if (bands != null) {
                recorder.bands(bands);
            }
            if (!Double.isNaN(stopAtMs)) {
                sim.run(stopAtMs);
                sim.press(Input.CLIENT_STOP);
                sim.run(ackAtMs - sim.timeMs());
                AlarmEvent acknowledged;
                do {
                    acknowledged = sim.press(Input.ACKNOWLEDGE);
                } while (acknowledged != null && acknowledged.type() != AlarmType.CLIENT_STOP);
            }
            sim.run(durationMs - sim.timeMs());
            recorder.note(6_000, "client settled, starting on the back");
            recorder.end(sim.timeMs());
            return new Recorded(id, sim);
        }
    }
}
