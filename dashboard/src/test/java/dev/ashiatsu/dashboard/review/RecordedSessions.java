package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;

/** Records simulated sessions into a store, as the live pipeline would, for the review tests. */
public final class RecordedSessions {

    public static final long STARTED_AT = 1_763_776_800_000L;

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
        SimulatedSession sim = new SimulatedSession(intensity);
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            String id = recorder.begin(sim.info(startedAt));
            sim.run(durationMs);
            recorder.note(6_000, "client settled, starting on the back");
            recorder.end(sim.timeMs());
            return new Recorded(id, sim);
        }
    }
}
