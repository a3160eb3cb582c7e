package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Frame;
import java.util.concurrent.CompletableFuture;

/** Collects one channel's next raw samples for the calibration wizard; fed on the acquisition thread. */
final class RawCapture {

    private final int channel;
    private final double[] samples;
    private final CompletableFuture<double[]> result = new CompletableFuture<>();
    private int count;

    RawCapture(int channel, int samples) {
        this.channel = channel;
        this.samples = new double[samples];
    }

    CompletableFuture<double[]> result() {
        return result;
    }

    /** Takes the channel's value from a frame; true once complete (or failed). */
    boolean offer(Frame frame) {
        if (frame.inKg()) {
            result.completeExceptionally(new IllegalStateException(
                    "the source gives kg, not raw counts: calibrate on the live sensor source"));
            return true;
        }
        if (frame.hasValue(channel)) {
            samples[count++] = frame.values()[channel];
        }
        if (count == samples.length) {
            result.complete(samples.clone());
            return true;
        }
        return false;
    }
}
