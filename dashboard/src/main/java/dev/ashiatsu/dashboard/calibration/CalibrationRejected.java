package dev.ashiatsu.dashboard.calibration;

/** A calibration step that cannot be accepted; the message says why and what to do. */
public final class CalibrationRejected extends RuntimeException {

    public CalibrationRejected(String message) {
        super(message);
    }
}
