package dev.ashiatsu.recorder.journal;

/**
 * One record read back from a journal.
 *
 * @param offset where the record starts in the file (bytes)
 * @param end    where the next record starts
 */
public record JournalRecord(RecordType type, byte[] payload, long offset, long end) {
}
