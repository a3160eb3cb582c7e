package dev.ashiatsu.recorder.journal;

/** Receives decoded frames in order. The {@code values} array is reused: copy what you keep. */
@FunctionalInterface
public interface FrameVisitor {

    /**
     * @param tMs      the frame's time, on the frames' clock, to the microsecond
     * @param values   one value per channel, NaN where missing (raw counts, or kg when {@code inKg})
     * @param estimate what the monitor made of it, or null if it gave nothing
     */
    void frame(double tMs, double[] values, boolean inKg, RecordedEstimate estimate);
}
