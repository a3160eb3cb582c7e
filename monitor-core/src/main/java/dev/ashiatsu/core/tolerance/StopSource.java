package dev.ashiatsu.core.tolerance;

/** What told us the client had had enough. */
public enum StopSource {
    /** The client pressed the stop button: a {@code CLIENT_STOP} alarm. */
    CLIENT_STOP,
    /** The therapist wrote a note marked {@code "discomfort"}. */
    DISCOMFORT_NOTE
}
