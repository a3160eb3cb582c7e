package dev.ashiatsu.recorder.journal;

/**
 * A stretch of a session's frames, with the whole session's info, alarms and notes: what replay needs.
 *
 * @param data           the frames of the stretch (possibly more, up to the whole session)
 * @param firstIndex     the index in the whole session of {@code data}'s first frame
 * @param sessionFirstMs the whole session's first frame time (frame clock, ms), 0 with no frames
 */
public record SessionWindow(SessionData data, int firstIndex, double sessionFirstMs) {

    /** The whole session as a window. */
    public static SessionWindow whole(SessionData data) {
        return new SessionWindow(data, 0, data.frames() > 0 ? data.tMs()[0] : 0);
    }
}
