package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.recorder.SimulatedSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real journal recorded from the simulator (alarms, notes, an END), its bytes and its records, for tests
 * that damage it.
 */
record RecordedJournal(String id, byte[] bytes, List<JournalRecord> records, SessionData session) {

    /** Records {@code seconds} of the simulated session with a note every 10 s into {@code dir}. */
    static RecordedJournal record(Path dir, int seconds) throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(JournalRecorderTest.STARTED_AT));
            for (int second = 0; second < seconds; second++) {
                sim.run(1000);
                if (second % 10 == 5) {
                    recorder.note(sim.timeMs(), "note at " + second + " s");
                }
            }
            recorder.end(sim.timeMs());
        }
        Path journal = JournalFiles.journal(dir, id);
        return new RecordedJournal(id, Files.readAllBytes(journal), JournalFiles.scan(journal, 0).records(), store.load(id));
    }

    /** The records that lie wholly within {@code [0, length)} and hold none of the {@code touched} bytes. */
    List<JournalRecord> intact(int length, boolean[] touched) {
        List<JournalRecord> intact = new ArrayList<>();
        for (JournalRecord record : records) {
            if (record.end() > length) {
                continue;
            }
            boolean clean = true;
            for (long i = record.offset(); i < record.end() && clean; i++) {
                clean = !touched[(int) i];
            }
            if (clean) {
                intact.add(record);
            }
        }
        return intact;
    }

    /** Frames in the FRAMES records among {@code records}. */
    static int frames(List<JournalRecord> records) {
        int frames = 0;
        for (JournalRecord record : records) {
            if (record.type() == RecordType.FRAMES) {
                frames += FrameBlockCodec.frameCount(record.payload());
            }
        }
        return frames;
    }
}
