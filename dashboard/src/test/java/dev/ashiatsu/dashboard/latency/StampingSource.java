package dev.ashiatsu.dashboard.latency;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.SourceHealth;

/**
 * Wraps the serial source the dashboard reads, and notes the first frame after {@link #arm()} whose table
 * cells (channels 1 to 4) all read above a threshold: the time it was read off the port ({@link Frame#tMs()},
 * System.nanoTime in ms) and the time its decoding was done (when it reaches this sink).
 */
final class StampingSource implements FrameSource {

    /** The first stepped frame: read off the port and decoded, both System.nanoTime in ns. */
    record Stamp(long readNs, long decodedNs) {
    }

    private final FrameSource source;
    private final double thresholdCounts;
    private volatile boolean armed;
    private volatile Stamp stamp;

    StampingSource(FrameSource source, double thresholdCounts) {
        this.source = source;
        this.thresholdCounts = thresholdCounts;
    }

    void arm() {
        stamp = null;
        armed = true;
    }

    /** The stamp of the first stepped frame since {@link #arm()}, or null while none has come. */
    Stamp stamp() {
        return stamp;
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public void start(FrameSink sink) {
        source.start(new FrameSink() {
            @Override
            public void accept(Frame frame) {
                if (armed && stepped(frame)) {
                    stamp = new Stamp((long) (frame.tMs() * 1e6), System.nanoTime());
                    armed = false;
                }
                sink.accept(frame);
            }

            @Override
            public void sourceEvent(String message) {
                sink.sourceEvent(message);
            }
        });
    }

    private boolean stepped(Frame frame) {
        for (int i = 0; i < 4; i++) {
            if (!(frame.values()[i] > thresholdCounts)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceHealth health() {
        return source.health();
    }

    @Override
    public void close() {
        source.close();
    }
}
