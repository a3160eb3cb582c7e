package dev.ashiatsu.recorder.journal;

import java.util.Objects;

/**
 * A trainer's note pinned to a moment of a session.
 *
 * @param tMs              the moment, on the session's frame clock (ms)
 * @param createdAtEpochMs when it was written (wall clock)
 */
public record Note(double tMs, String text, long createdAtEpochMs) {

    /** Longest note text, in characters. */
    public static final int MAX_LENGTH = 2000;

    public Note {
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(tMs)) {
            throw new IllegalArgumentException("tMs must be a finite number, was " + tMs);
        }
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}
