package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A power cut leaves a journal cut at any byte, maybe followed by zeros or garbage: recovery keeps every whole record. */
class PowerCutTest {

    @TempDir
    Path recorded;
    @TempDir
    Path afterCut;

    private String id;
    private byte[] whole;
    private SessionData original;
    private List<JournalRecord> records;

    @BeforeEach
    void recordASession() throws Exception {
        RecordedJournal journal = RecordedJournal.record(recorded, 40);
        id = journal.id();
        whole = journal.bytes();
        original = journal.session();
        records = journal.records();
        assertTrue(records.size() > 10, "a journal of many records: " + records.size());
    }

    @Test
    void everyRecordBeforeARandomCutSurvivesAndTheSessionIsStillListed() throws Exception {
        Random random = new Random(7);
        long afterInfo = records.get(0).end();
        for (int trial = 0; trial < 60; trial++) {
            int cut = (int) (afterInfo + random.nextInt((int) (whole.length - afterInfo)));
            byte[] tail = switch (trial % 3) {
                case 0 -> new byte[0];
                case 1 -> new byte[random.nextInt(4096)];
                default -> randomBytes(random, 1 + random.nextInt(300));
            };
            Path dir = afterCut.resolve("trial-" + trial);
            Files.createDirectories(dir);
            byte[] damaged = Arrays.copyOf(whole, cut + tail.length);
            System.arraycopy(tail, 0, damaged, cut, tail.length);
            Files.write(JournalFiles.journal(dir, id), damaged);

            SessionStore store = new SessionStore(dir);
            store.recover();
            long lastWholeEnd = records.stream().mapToLong(JournalRecord::end).filter(end -> end <= cut).max().orElseThrow();
            List<JournalRecord> after = JournalFiles.scan(JournalFiles.journal(dir, id), 0).records();
            JournalRecord last = after.get(after.size() - 1);
            long tornBytes = damaged.length - lastWholeEnd;
            if (tornBytes > 0) {
                assertEquals(RecordType.CUT, last.type(), "trial " + trial + ": the cut is recorded in the journal");
                assertEquals(lastWholeEnd, last.offset(), "trial " + trial + ": cut back to the last whole record");
                assertEquals(tornBytes, store.summary(id).damagedBytes(), "trial " + trial + ": the bytes cut are reported");
            } else {
                assertEquals(lastWholeEnd, Files.size(JournalFiles.journal(dir, id)), "trial " + trial + ": nothing to cut");
            }
            assertEquals(List.of(id), store.list().stream().map(SessionSummary::id).toList(), "trial " + trial + ": still listed");

            SessionData recovered = store.load(id);
            int expectedFrames = framesBefore(lastWholeEnd);
            assertEquals(expectedFrames, recovered.frames(), "trial " + trial + " cut at " + cut);
            for (int i = 0; i < expectedFrames; i++) {
                assertEquals(original.tMs()[i], recovered.tMs()[i]);
                for (int c = 0; c < original.values().length; c++) {
                    assertEquals(original.values()[c][i], recovered.values()[c][i]);
                }
                assertEquals(original.appliedKg()[i], recovered.appliedKg()[i]);
            }
            assertFalse(store.summary(id).ended(), "a cut session did not end cleanly");
        }
    }

    private int framesBefore(long end) {
        int frames = 0;
        for (JournalRecord record : records) {
            if (record.end() <= end && record.type() == RecordType.FRAMES) {
                int[] count = {0};
                FrameBlockCodec.decode(record.payload(), (t, v, k, e) -> count[0]++);
                frames += count[0];
            }
        }
        return frames;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
