package dev.ashiatsu.recorder.journal;

/** A record whose checksum passed but whose content cannot be decoded: a bug or a foreign file. */
public final class CorruptJournalException extends RuntimeException {

    public CorruptJournalException(String message) {
        super(message);
    }
}
