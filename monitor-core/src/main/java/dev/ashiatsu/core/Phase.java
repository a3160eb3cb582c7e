package dev.ashiatsu.core;

/** The state of the table, decided from the signals (design.md section 2). */
public enum Phase {
    /** Table total below 10 kg: nobody on it; no baseline. */
    EMPTY,
    /** A client lies on the table and the practitioner is not loaded. */
    CLIENT,
    /** A baseline exists and the practitioner is on the bars or on the client. */
    LOADED
}
