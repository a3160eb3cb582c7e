package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.TareCheck;
import dev.ashiatsu.core.config.TableConfig;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Collects one channel's next raw samples for calibration; fed on the acquisition thread. An unloaded
 * capture (the zero of a cell) fails as soon as a frame shows the table not empty or not steady.
 */
final class RawCapture {

    private final int channel;
    private final boolean unloaded;
    private final double[] samples;
    private final CompletableFuture<double[]> result = new CompletableFuture<>();
    private int count;

    /** @param unloaded whether the table must stay empty and steady throughout (a zero reading) */
    RawCapture(int channel, int channels, int samples, boolean unloaded) {
        if (channel < 0 || channel >= channels) {
            throw new IllegalArgumentException("channel must be in [0, " + channels + "), was " + channel);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, was " + samples);
        }
        this.channel = channel;
        this.unloaded = unloaded;
        this.samples = new double[samples];
    }

    /**
     * A capture that fails with a {@code TimeoutException} after 5 s plus the samples' time at the table's
     * rate (a source that stopped never leaves a request waiting).
     */
    static RawCapture timed(TableConfig table, int channel, int samples, boolean unloaded) {
        RawCapture capture = new RawCapture(channel, table.channelCount(), samples, unloaded);
        long seconds = 5 + (long) Math.ceil(samples / table.sampleRateHz());
        capture.result.orTimeout(seconds, TimeUnit.SECONDS);
        return capture;
    }

    CompletableFuture<double[]> result() {
        return result;
    }

    boolean unloaded() {
        return unloaded;
    }

    /**
     * Takes the channel's value from a frame; true once complete or failed (also when the caller gave up).
     *
     * @param check whether zeros may be set, as of this frame
     */
    boolean offer(Frame frame, TareCheck check) {
        if (result.isDone()) {
            return true;
        }
        if (frame.inKg()) {
            result.completeExceptionally(new IllegalStateException(
                    "the source gives kg, not raw counts: calibrate on the live sensor source"));
            return true;
        }
        if (unloaded && !check.safe()) {
            result.completeExceptionally(TareRefused.unloadedReading(check));
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
