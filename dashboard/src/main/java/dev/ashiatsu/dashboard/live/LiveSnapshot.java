package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.source.Clock;

/**
 * What the acquisition thread publishes after each frame.
 *
 * @param seq          frames processed so far (increases by one per frame)
 * @param estimate     the monitor's estimate after the frame
 * @param frameEpochUs wall-clock time (us since the epoch) when the frame entered the server
 * @param frameNanos   monotonic time ({@link Clock#nanoTime()}) when the frame entered the server
 * @param band         the session's target band for the estimate's zone in force at this frame, or null
 * @param inBandPercent the session's share of banded loaded time in band so far, %, or null
 */
public record LiveSnapshot(long seq, Estimate estimate, long frameEpochUs, long frameNanos, TargetBand band,
                           Double inBandPercent) {

    /** A snapshot without target bands. */
    public LiveSnapshot(long seq, Estimate estimate, long frameEpochUs, long frameNanos) {
        this(seq, estimate, frameEpochUs, frameNanos, null, null);
    }
}
