package dev.ashiatsu.core.alarm;

/**
 * SIGNAL_LOSS: no frame at all for 250 ms. Raised with its start 250 ms after the last frame, either
 * by the live watchdog ({@link #silence}) or, on a recording, when the next frame shows the gap;
 * cleared by the next frame.
 */
public final class SignalLossRule {

    static final double SILENCE_MS = 250;

    private double lastFrameMs = Double.NaN;
    private AlarmBoard.Active alarm;

    /** Call on every frame before the other rules. */
    public void frame(double tMs, AlarmBoard board) {
        if (alarm == null && !Double.isNaN(lastFrameMs) && tMs - lastFrameMs > SILENCE_MS) {
            alarm = board.raise(AlarmType.SIGNAL_LOSS, lastFrameMs + SILENCE_MS, Double.NaN, Double.NaN, null, null,
                    null);
        }
        if (alarm != null) {
            // A frame stamped before the watchdog's silence (a late delivery) still ends the loss, never before it began.
            alarm = board.clear(alarm, Math.max(tMs, lastFrameMs + SILENCE_MS));
        }
        lastFrameMs = tMs;
    }

    /** The watchdog's call: the time now on the frames' clock, when no frame has come. */
    public void silence(double nowMs, AlarmBoard board) {
        if (alarm == null && !Double.isNaN(lastFrameMs) && nowMs - lastFrameMs > SILENCE_MS) {
            alarm = board.raise(AlarmType.SIGNAL_LOSS, lastFrameMs + SILENCE_MS, Double.NaN, Double.NaN, null, null,
                    null);
        }
    }

    public double lastFrameMs() {
        return lastFrameMs;
    }
}
