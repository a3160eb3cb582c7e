package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Damages recorded journals on purpose, as bad luck would, for the review and export tests. */
public final class DamagedJournals {

    private DamagedJournals() {
    }

    /** Flips one bit at {@code fraction} of the journal's length; returns the record it hit. */
    public static JournalRecord flipBitAt(Path sessions, String id, double fraction) throws IOException {
        Path journal = JournalFiles.journal(sessions, id);
        byte[] bytes = Files.readAllBytes(journal);
        int at = (int) (bytes.length * fraction);
        JournalRecord hit = JournalFiles.scan(journal, 0).records().stream()
                .filter(r -> r.offset() <= at && at < r.end()).findFirst().orElseThrow();
        bytes[at] ^= 0x08;
        Files.write(journal, bytes);
        return hit;
    }

    /** Damages the session info record (the first), so the session cannot be read. */
    public static void breakSessionInfo(Path sessions, String id) throws IOException {
        Path journal = JournalFiles.journal(sessions, id);
        JournalRecord info = JournalFiles.scan(journal, 0).records().get(0);
        byte[] bytes = Files.readAllBytes(journal);
        bytes[(int) info.offset() + 30] ^= 0x01;
        Files.write(journal, bytes);
    }

    /** Overwrites the magic number (the first 8 bytes). */
    public static void breakMagic(Path sessions, String id) throws IOException {
        Path journal = JournalFiles.journal(sessions, id);
        byte[] bytes = Files.readAllBytes(journal);
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(journal, bytes);
    }
}
