package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many short sessions recorded through the real journal recorder, for the session list at scale: session
 * {@code i} starts at {@link #startedAt(int)}, is client {@code client-(i % CLIENTS)}'s with practitioner
 * {@code pract-(i % PRACTITIONERS)}, holds {@value #FRAMES} frames of the simulated table and, by
 * {@code i % 4}: no alarm, one LOW alarm, one HIGH alarm, or both. Every {@value #NOTE_EVERY}th session of
 * each recorder has a note, and the seeding waits for it to be on disk, so no recorder's queue overflows.
 */
final class ManySessions {

    static final long FIRST_START = 1_704_103_200_000L; // 2024-01-01T10:00:00Z
    static final long STEP_MS = 6_300_000; // 1 h 45 min: 10,000 sessions span about two years
    static final int CLIENTS = 200;
    static final int PRACTITIONERS = 20;
    static final int FRAMES = 8;
    /** Of each recorder's sessions, every this many has a note (the seeding waits for it). */
    static final int NOTE_EVERY = 12;

    private ManySessions() {
    }

    static long startedAt(int i) {
        return FIRST_START + i * STEP_MS;
    }

    static String clientId(int i) {
        return "client-" + (i % CLIENTS);
    }

    static String practitionerId(int i) {
        return "pract-" + (i % PRACTITIONERS);
    }

    /** Alarms of session i: {any, high}. */
    static boolean[] alarms(int i) {
        return new boolean[] {i % 4 != 0, i % 4 >= 2};
    }

    /**
     * Records sessions 0 to {@code count - 1} into the store, {@code threads} recorders at once (each its own
     * writer thread: their disk syncs overlap).
     */
    static void record(SessionStore store, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    record(store, first, count, threads);
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Records sessions first, first + step, ... below count. */
    private static void record(SessionStore store, int first, int count, int step) throws Exception {
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            for (int i = first; i < count; i += step) {
                SimulatedSession sim = new SimulatedSession();
                ClientProfile client = new ClientProfile(clientId(i), "Client " + (i % CLIENTS), 175, 5, 42.0, 0.6,
                        Map.of(), "");
                PractitionerProfile practitioner = new PractitionerProfile(practitionerId(i),
                        "Practitioner " + (i % PRACTITIONERS), 70.0);
                String id = recorder.begin(new SessionInfo(sim.table, client, practitioner, startedAt(i), "sim:many"));
                sim.recordingTo(recorder);
                sim.run(FRAMES * SimulatedSession.PERIOD_MS);
                double t = sim.timeMs();
                if (i % 4 == 1 || i % 4 == 3) {
                    alarm(recorder, 1, AlarmType.APPROACHING_LIMIT, t);
                }
                if (i % 4 >= 2) {
                    alarm(recorder, 2, AlarmType.OVER_LIMIT, t);
                }
                if ((i / step) % NOTE_EVERY == 0) {
                    recorder.note(id, t, "seeded session " + i).get(30, TimeUnit.SECONDS);
                }
                recorder.end(t + 100);
            }
        }
    }

    private static void alarm(JournalRecorder recorder, long id, AlarmType type, double t) {
        AlarmEvent raised = new AlarmEvent(id, type, t - 50, null, 45, 42, null, null, null);
        recorder.alarm(raised);
        recorder.alarm(raised.ended(t, 46));
    }
}
