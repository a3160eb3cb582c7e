package dev.ashiatsu.recorder.journal;

import java.util.Objects;

/**
 * A trainer's note pinned to a moment of a session.
 *
 * @param tMs              the moment, on the session's frame clock (ms)
 * @param createdAtEpochMs when it was written (wall clock)
 * @param kind             null for a plain note, or {@value #DISCOMFORT}: the client showed discomfort then
 *                         (a stop the client's tolerance learns from); notes written before kinds existed read as null
 */
public record Note(double tMs, String text, long createdAtEpochMs, String kind) {

    /** Longest note text, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** The kind of a note that marks the client's discomfort. */
    public static final String DISCOMFORT = "discomfort";

    /** A plain note. */
    public Note(double tMs, String text, long createdAtEpochMs) {
        this(tMs, text, createdAtEpochMs, null);
    }

    public Note {
        Objects.requireNonNull(text, "text");
        if (kind != null && !kind.equals(DISCOMFORT)) {
            throw new IllegalArgumentException("kind must be absent or '" + DISCOMFORT + "', was '" + kind + "'");
        }
        if (!Double.isFinite(tMs)) {
            throw new IllegalArgumentException("tMs must be a finite number, was " + tMs);
        }
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}
