package dev.ashiatsu.recorder.journal;

/**
 * One frame waiting to be written: its own copy of the values, and the stored form of its estimate.
 *
 * @param estimate null when the monitor gave none
 */
public record FrameEntry(double tMs, double[] values, boolean inKg, RecordedEstimate estimate) {
}
