package dev.ashiatsu.sim.output;

import dev.ashiatsu.sim.SimFrame;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a serial capture as the bridge saves one (serial-protocol.md): every line as received, prefixed
 * with the host's receive time {@code @<unix epoch ms> }. The receive time is the sample time plus the
 * line's time on the wire at 115200 baud, so it never goes backwards.
 */
public final class CaptureWriter implements FrameOutput {

    private static final double MS_PER_BYTE_AT_115200 = 10_000.0 / 115_200;

    private final Writer out;
    private final SerialLines lines;
    private final long startEpochMs;
    private long lastMs = Long.MIN_VALUE;

    public CaptureWriter(Writer out, SerialLines lines, long startEpochMs) {
        this.out = out;
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
            out.write("@" + receivedMs + " " + line);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
