package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged record costs that record only: every intact one after it is kept, and the damage is reported. */
class DamagedJournalTest {

    @TempDir
    Path recorded;
    @TempDir
    Path dir;

    private RecordedJournal journal;

    @BeforeEach
    void recordASession() throws Exception {
        journal = RecordedJournal.record(recorded, 60);
        assertTrue(journal.session().alarms().size() >= 2, "the script raises alarms");
    }

    @Test
    void oneFlippedBitAtFortyPercentCostsOnlyTheRecordItHits() throws Exception {
        int at = journal.bytes().length * 2 / 5;
        JournalRecord victim = recordAt(at);
        byte[] damaged = journal.bytes().clone();
        damaged[at] ^= 0x10;
        SessionStore store = storeWith(damaged);

        store.recover();
        assertEquals(damaged.length, Files.size(JournalFiles.journal(dir, journal.id())), "nothing after the damage is cut");
        SessionData session = store.load(journal.id());
        List<JournalRecord> others = journal.records().stream().filter(r -> r != victim).toList();
        assertEquals(RecordedJournal.frames(others), session.frames(), "every frame of every other block");
        assertEquals(journal.session().alarms(), session.alarms(), "every alarm, the ones after the damage too");
        assertEquals(journal.session().notes(), session.notes());
        assertEquals(journal.session().endMs(), session.endMs(), "the END after the damage is read");

        assertEquals(List.of(victim.offset()), session.damage().stream().map(Damage::offset).toList());
        Damage damage = session.damage().get(0);
        assertEquals(victim.end() - victim.offset(), damage.bytes());
        int lost = FrameBlockCodec.frameCount(victim.payload());
        assertEquals((lost + 1) * dev.ashiatsu.recorder.SimulatedSession.PERIOD_MS, damage.spanMs(), 1e-6,
                "the span between the intact frames around the lost block");
        SessionSummary summary = store.list().get(0);
        assertEquals(damage.bytes(), summary.damagedBytes());
        assertEquals(damage.spanMs() / 1000, summary.damagedSpanS(), 1e-3);
        assertTrue(summary.ended());
    }

    @Test
    void aBrokenMagicIsReportedAndTheSessionIsStillReadAndTakesNotes() throws Exception {
        byte[] damaged = journal.bytes().clone();
        System.arraycopy("XXXXXXXX".getBytes(StandardCharsets.US_ASCII), 0, damaged, 0, 8);
        SessionStore store = storeWith(damaged);
        store.recover();

        SessionSummary summary = store.summary(journal.id());
        assertNull(summary.unreadable());
        assertEquals(8, summary.damagedBytes());
        assertEquals(journal.session().frames(), store.load(journal.id()).frames());
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            recorder.note(journal.id(), 1_000, "after the damage").get();
        }
        assertEquals(journal.session().notes().size() + 1, store.load(journal.id()).notes().size());
    }

    @Test
    void aJournalWithoutAnIntactSessionInfoIsListedAsUnreadableAndRefusesNotes() throws Exception {
        JournalRecord info = journal.records().get(0);
        byte[] damaged = journal.bytes().clone();
        damaged[(int) info.offset() + 20] ^= 0x01;
        SessionStore store = storeWith(damaged);
        store.recover();

        SessionSummary summary = store.list().get(0);
        assertEquals(journal.id(), summary.id());
        assertNotNull(summary.unreadable());
        assertTrue(summary.unreadable().contains("session info"), summary.unreadable());
        assertEquals(JournalRecorderTest.STARTED_AT / 1000 * 1000, summary.startedAt(), "the start, from the id");
        assertThrows(CorruptJournalException.class, () -> store.load(journal.id()));
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> recorder.note(journal.id(), 1_000, "lost in the void").get());
            assertInstanceOf(CorruptJournalException.class, refused.getCause());
        }
        assertEquals(damaged.length, Files.size(JournalFiles.journal(dir, journal.id())), "an unreadable journal is left as it is");
    }

    @Test
    void aVersionOneJournalIsStillReadAndResynchronisedAfterDamage() throws Exception {
        ByteWriter v1 = new ByteWriter(journal.bytes().length);
        v1.bytes(JournalFormat.V1.magic(), 0, 8);
        long victimOffset = -1;
        for (JournalRecord record : journal.records()) {
            if (record.type() == RecordType.FRAMES && victimOffset < 0 && v1.size() > journal.bytes().length / 3) {
                victimOffset = v1.size();
            }
            RecordFraming.frame(JournalFormat.V1, record.type(), record.payload(), record.payload().length, v1);
        }
        byte[] damaged = v1.toByteArray();
        damaged[(int) victimOffset + 12] ^= 0x04;
        SessionStore store = storeWith(damaged);
        store.recover();

        SessionData session = store.load(journal.id());
        assertEquals(journal.session().alarms(), session.alarms());
        assertEquals(journal.session().endMs(), session.endMs());
        assertEquals(1, session.damage().size());
        assertEquals(victimOffset, session.damage().get(0).offset());
        assertTrue(session.frames() < journal.session().frames() && session.frames() >= journal.session().frames() - 256);
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            recorder.note(journal.id(), 2_000, "on a version 1 journal").get();
        }
        assertEquals(JournalFormat.V1, JournalFiles.format(JournalFiles.journal(dir, journal.id())), "appended in its own format");
        assertTrue(store.load(journal.id()).notes().stream().anyMatch(n -> n.text().equals("on a version 1 journal")));
    }

    @Test
    void anOverwrittenStretchAcrossSeveralRecordsCostsOnlyThoseRecords() throws Exception {
        int from = journal.bytes().length / 2;
        int length = 3000;
        byte[] damaged = journal.bytes().clone();
        java.util.Arrays.fill(damaged, from, from + length, (byte) 0);
        boolean[] touched = new boolean[damaged.length];
        java.util.Arrays.fill(touched, from, from + length, true);
        List<JournalRecord> intact = journal.intact(damaged.length, touched);
        SessionStore store = storeWith(damaged);
        store.recover();

        SessionData session = store.load(journal.id());
        assertEquals(RecordedJournal.frames(intact), session.frames());
        long intactAlarms = intact.stream().filter(r -> r.type() == RecordType.ALARM).map(JournalJson::alarm)
                .map(AlarmEvent::id).distinct().count();
        assertTrue(session.alarms().size() >= intactAlarms);
        assertEquals(journal.session().endMs(), session.endMs());
        assertTrue(session.damagedBytes() >= length, "the stretch is reported: " + session.damage());
    }

    @Test
    void damageInPlaceThatKeepsLengthAndDateIsNotLookedForAtAStartButFoundWhenTheSessionIsRead() throws Exception {
        SessionStore store = storeWith(journal.bytes());
        assertEquals(0, store.summary(journal.id()).damagedBytes(), "the summary is saved");
        assertTrue(store.summary(journal.id()).ended());
        Path file = JournalFiles.journal(dir, journal.id());
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        byte[] damaged = journal.bytes().clone();
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(file, damaged);
        Files.setLastModifiedTime(file, modified);

        SessionStore restarted = new SessionStore(dir);
        assertEquals(List.of(), restarted.recover(), "an ended session with a current summary is not read at a start");
        assertEquals(0, restarted.recoveryReads());
        assertTrue(restarted.load(journal.id()).damagedBytes() > 0, "bit rot is reported when the session is read");
    }

    @Test
    void damageInTheSameFileTimeTickAsTheSummaryOrALoadIsStillSeen() throws Exception {
        SessionStore store = storeWith(journal.bytes());
        Path file = JournalFiles.journal(dir, journal.id());
        Path summaryFile = JournalFiles.summary(dir, journal.id());
        java.nio.file.attribute.FileTime now = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis());
        Files.setLastModifiedTime(file, now);
        assertEquals(0, store.load(journal.id()).damagedBytes(), "loaded whole");
        assertEquals(0, store.summary(journal.id()).damagedBytes(), "the summary is saved");
        byte[] damaged = journal.bytes().clone();
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(file, damaged);
        // File times tick coarsely: a change right after the summary and the load can carry the same time.
        Files.setLastModifiedTime(file, now);
        Files.setLastModifiedTime(summaryFile, now);

        assertTrue(store.load(journal.id()).damagedBytes() > 0, "the loaded copy is not reused");
        assertTrue(store.summary(journal.id()).damagedBytes() > 0, "the saved summary is not reused");
    }

    private JournalRecord recordAt(long at) {
        return journal.records().stream().filter(r -> r.offset() <= at && at < r.end()).findFirst().orElseThrow();
    }

    private SessionStore storeWith(byte[] bytes) throws Exception {
        Files.write(JournalFiles.journal(dir, journal.id()), bytes);
        return new SessionStore(dir);
    }
}
