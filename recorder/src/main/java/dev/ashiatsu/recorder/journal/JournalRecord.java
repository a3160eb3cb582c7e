package dev.ashiatsu.recorder.journal;

import java.nio.charset.StandardCharsets;

/**
 * One record read back from a journal.
 *
 * @param offset where the record starts in the file (bytes)
 * @param end    where the next record starts
 */
public record JournalRecord(RecordType type, byte[] payload, long offset, long end) {

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
