package dev.ashiatsu.sim.output;

import dev.ashiatsu.bridge.capture.CaptureWriter;
import dev.ashiatsu.sim.SimFrame;
import java.io.IOException;
import java.io.Writer;

/**
 * Simulated frames as a serial capture, through the bridge's {@link CaptureWriter}: every line as the
 * device sends it, stamped with the host's receive time. The receive time is the sample time plus the
 * line's time on the wire at 115200 baud, so it never goes backwards.
 */
public final class CaptureOutput implements FrameOutput {

    private static final double MS_PER_BYTE_AT_115200 = 10_000.0 / 115_200;

    private final CaptureWriter capture;
    private final SerialLines lines;
    private final long startEpochMs;
    private long lastMs = Long.MIN_VALUE;

    public CaptureOutput(Writer out, SerialLines lines, long startEpochMs) {
        this.capture = new CaptureWriter(out);
        this.lines = lines;
        this.startEpochMs = startEpochMs;
    }

    @Override
    public void write(SimFrame frame) throws IOException {
        double sentMs = frame.tMs();
        for (String line : lines.linesFor(frame)) {
            sentMs += line.length() * MS_PER_BYTE_AT_115200;
            long receivedMs = Math.max(lastMs, startEpochMs + (long) Math.floor(sentMs));
            lastMs = receivedMs;
            capture.line(receivedMs, line);
        }
    }

    @Override
    public void flush() throws IOException {
        capture.flush();
    }

    @Override
    public void close() throws IOException {
        capture.close();
    }
}
