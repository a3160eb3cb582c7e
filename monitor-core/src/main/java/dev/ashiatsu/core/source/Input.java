package dev.ashiatsu.core.source;

/** The buttons at the table: what each one means is decided by the monitor, not by the source. */
public enum Input {
    /** The practitioner's button on a bar (or a foot switch): acknowledge the most urgent active alarm. */
    ACKNOWLEDGE,
    /** The button the client holds: "too much", a HIGH alarm until acknowledged. */
    CLIENT_STOP
}
