package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.recorder.SessionInfo;

/**
 * What every point of one session needs: its id and info, and the frame-clock time of its first frame,
 * which maps frame times to wall-clock timestamps: {@code startedAt + (tMs - firstFrameTMs)}.
 */
record SessionContext(String id, SessionInfo info, double firstFrameTMs) {

    /** The wall-clock timestamp of a frame-clock time, ns since the epoch, to the microsecond. */
    long epochNs(double tMs) {
        long us = info.startedAtEpochMs() * 1000 + Math.round((tMs - firstFrameTMs) * 1000);
        return us * 1000;
    }
}
