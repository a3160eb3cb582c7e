package dev.ashiatsu.recorder.journal;

/**
 * A journal that cannot be read as a session (no intact session info record, or shorter than its magic), or,
 * inside the recorder, a record whose checksum passed but whose content cannot be decoded (then skipped as damage).
 */
public final class CorruptJournalException extends RuntimeException {

    public CorruptJournalException(String message) {
        super(message);
    }
}
