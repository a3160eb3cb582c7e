package dev.ashiatsu.recorder.journal;

/** The kinds of journal record. The code is the byte written in the file: never renumber. */
public enum RecordType {
    /** The session's {@link dev.ashiatsu.recorder.SessionInfo} and id, as JSON; always the first record. */
    INFO(1),
    /** A block of frames with their estimates ({@link FrameBlockCodec}). */
    FRAMES(2),
    /** An alarm raised or ended, as JSON; the last record with an id holds its final state. */
    ALARM(3),
    /** A note pinned to a moment, as JSON. */
    NOTE(4),
    /** The session ended, as JSON ({@code tMs}, frames lost). */
    END(5),
    /** Frames (and alarms or notes) the recorder could not write, counted as soon as it can write again, as JSON. */
    LOST(6),
    /** Bytes cut off the end at start-up (a torn or damaged tail), as JSON: the damage stays on record. */
    CUT(7),
    /** Target bands set for the session from a moment on, as JSON ({@link dev.ashiatsu.core.band.BandSet}). */
    BANDS(8);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or null for an unknown code. */
    public static RecordType of(int code) {
        for (RecordType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
