package dev.ashiatsu.recorder;

import dev.ashiatsu.core.band.BandSet;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.influx.UploadStatus;

/**
 * Records monitored sessions. The live pipeline calls it on the acquisition thread, so every method
 * must return at once (hand the work to a writer thread) and must never throw: a failing store is
 * reported through {@link #health()} (and becomes a technical alarm), it never stops monitoring.
 */
public interface SessionRecorder extends AutoCloseable {

    /** Starts recording a session; returns its id. Any session still open is ended first. */
    String begin(SessionInfo info);

    /** One frame as monitored, with the estimate the monitor made of it. No-op outside a session. */
    void frame(Frame frame, Estimate estimate);

    /** An alarm raised ({@code endMs} null) or ended. */
    void alarm(AlarmEvent alarm);

    /** A note pinned to a moment of the current session (ms on the frames' clock). */
    void note(double tMs, String text);

    /**
     * Target bands set for the current session from {@code bands.fromMs()} on (an empty set clears them).
     * No-op outside a session; a recorder that keeps no bands ignores them.
     */
    default void bands(BandSet bands) {
    }

    /** Ends the current session, if any, at {@code tMs} on the frames' clock. */
    void end(double tMs);

    /** Null when healthy, else what is failing (e.g. "journal: disk full"). */
    String fault();

    /** The InfluxDB uploader's state (not a fault: the journal keeps everything); null when not configured. */
    default UploadStatus uploadStatus() {
        return null;
    }

    @Override
    void close();
}
