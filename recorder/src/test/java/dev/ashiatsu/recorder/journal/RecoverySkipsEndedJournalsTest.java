package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.recorder.SimulatedSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SessionStore#recover()} at a start reads only the journals that may have a torn tail: those without a
 * current saved summary saying they ended cleanly. Journals that ended and are summarized (in {@code list.index}
 * or their summary file) are judged by that summary and not read, so a start with many sessions costs one
 * attribute read per session; a journal cut by a crash is still read and repaired.
 */
class RecoverySkipsEndedJournalsTest {

    private static final int SESSIONS = 12;
    private static final long STARTED_AT = 1_763_776_800_000L;

    @TempDir
    Path dir;

    private List<String> ids;

    @BeforeEach
    void recordEndedSessions() throws Exception {
        ids = new ArrayList<>();
        try (JournalRecorder recorder = new JournalRecorder(new SessionStore(dir))) {
            for (int i = 0; i < SESSIONS; i++) {
                SimulatedSession sim = new SimulatedSession();
                sim.recordingTo(recorder);
                ids.add(recorder.begin(sim.info(STARTED_AT + i * 3_600_000L)));
                sim.run(300);
                recorder.end(sim.timeMs());
            }
        }
        // as any journal not written in the last moments: its time is settled, so list.index keeps its entry
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (String id : ids) {
            Files.setLastModifiedTime(JournalFiles.journal(dir, id), minuteAgo);
        }
    }

    @Test
    void aStartReadsOnlyTheJournalCutByACrash() throws Exception {
        Path torn = JournalFiles.journal(dir, ids.get(3));
        byte[] whole = Files.readAllBytes(torn);
        byte[] cut = Arrays.copyOf(whole, whole.length - 5); // the END record half-written when the power went
        Files.write(torn, cut);

        SessionStore store = new SessionStore(dir);
        List<String> repaired = store.recover();

        assertEquals(1, store.recoveryReads(), "only the journal whose summary is stale was read: " + repaired);
        assertTrue(repaired.get(0).startsWith(ids.get(3) + ": cut a torn or damaged tail"), repaired.get(0));
        assertTrue(repaired.stream().allMatch(line -> line.startsWith(ids.get(3) + ": ")), "only it: " + repaired);
        List<JournalRecord> records = JournalFiles.scan(torn, 0).records();
        assertEquals(RecordType.CUT, records.get(records.size() - 1).type(), "the cut is recorded in the journal");
        SessionSummary recovered = store.summary(ids.get(3));
        assertFalse(recovered.ended(), "a cut session did not end cleanly");
        assertTrue(recovered.damagedBytes() > 0, "the bytes cut are reported");
        assertEquals(SESSIONS, store.list().size(), "every session listed");
    }

    @Test
    void endedAndIndexedJournalsAreNotReadAtAStartEvenWhenDamagedInPlace() throws Exception {
        SessionStore first = new SessionStore(dir);
        assertEquals(List.of(), first.recover());
        assertTrue(Files.isRegularFile(SummaryIndexFile.of(dir)), "the index is saved");
        List<SessionSummary> listed = first.list();
        first.close();
        // Only list.index is left to judge by; each journal's last record (its END) damaged, length and time kept.
        // Read, it would be cut; not read, it stays as it is.
        List<byte[]> damaged = new ArrayList<>();
        for (String id : ids) {
            Files.delete(JournalFiles.summary(dir, id));
            Path journal = JournalFiles.journal(dir, id);
            FileTime modified = Files.getLastModifiedTime(journal);
            byte[] bytes = Files.readAllBytes(journal);
            bytes[bytes.length - 2] ^= 0x40;
            Files.write(journal, bytes);
            Files.setLastModifiedTime(journal, modified);
            damaged.add(bytes);
        }

        SessionStore restarted = new SessionStore(dir);
        assertEquals(List.of(), restarted.recover(), "nothing to repair is known");
        assertEquals(0, restarted.recoveryReads(), "no journal was read");
        for (int i = 0; i < SESSIONS; i++) {
            assertArrayEquals(damaged.get(i), Files.readAllBytes(JournalFiles.journal(dir, ids.get(i))),
                    ids.get(i) + " untouched");
            assertFalse(Files.exists(JournalFiles.summary(dir, ids.get(i))), "no summary made again");
        }
        assertEquals(listed, restarted.list(), "listed from the index");
        assertFalse(SessionSummary.of(restarted.load(ids.get(0))).ended(), "the damaged END shows when the session is read");
        restarted.close();
    }
}
