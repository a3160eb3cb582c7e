package dev.ashiatsu.core.tolerance;

/** What told us the client had had enough; {@link #wireName()} is how JSON spells it. */
public enum StopSource {
    /** The client pressed the stop button: a {@code CLIENT_STOP} alarm. */
    CLIENT_STOP("clientStop"),
    /** The therapist wrote a note marked {@code "discomfort"}. */
    DISCOMFORT_NOTE("discomfort");

    private final String wireName;

    StopSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
