package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bit flips, truncations and overwrites of a real journal (seeded, at most {@link #TRIALS} trials or
 * {@link #BUDGET_NANOS}): recovery, the list, the summary and loading never throw (but for an unreadable
 * journal, whose session info is hit), and every record the damage did not touch is read back.
 */
class JournalFuzzTest {

    static final int TRIALS = 400;
    static final long BUDGET_NANOS = 20_000_000_000L;

    @TempDir
    Path recorded;
    @TempDir
    Path work;

    @Test
    void everyIntactRecordSurvivesAnyDamageAndNothingThrows() throws Exception {
        RecordedJournal journal = RecordedJournal.record(recorded, 30);
        Random random = new Random(20261130);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int trials = 0;
        int unreadable = 0;
        for (; trials < TRIALS && System.nanoTime() < deadline; trials++) {
            byte[] bytes = journal.bytes().clone();
            boolean[] touched = new boolean[bytes.length];
            int length = bytes.length;
            String what = "";
            int damages = 1 + random.nextInt(3);
            for (int d = 0; d < damages; d++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        int at = random.nextInt(length);
                        bytes[at] ^= (byte) (1 << random.nextInt(8));
                        what += " flip@" + at;
                    }
                    case 1 -> {
                        int at = random.nextInt(length);
                        int n = Math.min(length - at, 1 + random.nextInt(400));
                        for (int i = at; i < at + n; i++) {
                            bytes[i] = (byte) random.nextInt(256);
                        }
                        what += " overwrite@" + at + "+" + n;
                    }
                    case 2 -> {
                        int at = random.nextInt(length);
                        int n = Math.min(length - at, 1 + random.nextInt(4000));
                        Arrays.fill(bytes, at, at + n, (byte) 0);
                        what += " zeros@" + at + "+" + n;
                    }
                    default -> {
                        length = random.nextInt(length + 1);
                        what += " truncate@" + length;
                    }
                }
            }
            for (int i = 0; i < length; i++) {
                touched[i] = bytes[i] != journal.bytes()[i];
            }
            String trial = "trial " + trials + ":" + what;
            Path dir = work.resolve("t" + trials);
            Files.createDirectories(dir);
            Files.write(JournalFiles.journal(dir, journal.id()), Arrays.copyOf(bytes, length));
            List<JournalRecord> intact = journal.intact(length, touched);

            SessionStore store = new SessionStore(dir);
            store.recover();
            List<SessionSummary> listed = store.list();
            assertEquals(List.of(journal.id()), listed.stream().map(SessionSummary::id).toList(), trial);
            boolean infoIntact = !intact.isEmpty() && intact.get(0).type() == RecordType.INFO;
            if (listed.get(0).unreadable() != null) {
                unreadable++;
                assertTrue(!infoIntact, trial + ": readable info, yet unreadable: " + listed.get(0).unreadable());
                continue;
            }
            Map<Long, byte[]> read = JournalFiles.scan(JournalFiles.journal(dir, journal.id()), 0).records().stream()
                    .collect(Collectors.toMap(JournalRecord::offset, JournalRecord::payload, (a, b) -> a));
            for (JournalRecord record : intact) {
                assertTrue(Arrays.equals(record.payload(), read.get(record.offset())),
                        trial + ": intact " + record.type() + " record at " + record.offset() + " lost");
            }
            SessionData session = store.load(journal.id());
            assertEquals(RecordedJournal.frames(intact), session.frames(), trial + ": frames of the intact blocks");
            long notes = intact.stream().filter(r -> r.type() == RecordType.NOTE).count();
            assertEquals(notes, session.notes().size(), trial + ": notes");
            for (JournalRecord record : intact) {
                if (record.type() == RecordType.ALARM) {
                    long id = JournalJson.alarm(record).id();
                    assertTrue(session.alarms().stream().anyMatch(a -> a.id() == id), trial + ": alarm " + id);
                }
            }
            boolean anyTouched = false;
            for (int i = 0; i < length; i++) {
                anyTouched |= touched[i];
            }
            int cutAt = length;
            boolean atRecordEnd = journal.records().stream().anyMatch(r -> r.end() == cutAt);
            assertEquals(anyTouched || !atRecordEnd, !session.damage().isEmpty(),
                    trial + ": damage reported when and only when bytes were changed or a record was cut: " + session.damage());
            assertNotNull(store.summary(journal.id()));
        }
        assertTrue(trials >= 50, "at least 50 trials in the time budget, ran " + trials);
        assertTrue(unreadable < trials / 2, unreadable + " of " + trials + " unreadable");
    }
}
