package dev.ashiatsu.bridge.capture;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one writer of serial captures (serial-protocol.md), beside their reader {@link CaptureFrameReader}:
 * one line per received protocol line, prefixed {@code @<epoch ms> } with the host's receive time and ended
 * by LF. Two ways in: whole lines ({@link #line}, for the simulator and the session export), and received
 * bytes ({@link #write}, for the serial source), cut into lines at each LF with a CR before it dropped; a
 * received line longer than {@link #MAX_SAVED_BYTES} keeps only its start (still too long for the protocol,
 * so it reads back as the same rejection). Received bytes are kept as they are, as ISO-8859-1 characters.
 * Not thread-safe.
 */
public final class CaptureWriter implements Closeable, Flushable {

    /** More than the protocol's 255 bytes, so a cut line stays an oversize line. */
    public static final int MAX_SAVED_BYTES = 300;

    private final Writer out;
    private final char[] received = new char[MAX_SAVED_BYTES];
    private int length;

    /** Writes to {@code out}, which {@link #close()} closes. */
    public CaptureWriter(Writer out) {
        this.out = out;
    }

    /** Appends to {@code file}, creating it and its folders when missing; bytes land as they were received. */
    public static CaptureWriter appendingTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new CaptureWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE),
                StandardCharsets.ISO_8859_1)));
    }

    /** Writes one whole line as sent, with or without its final LF (added when missing), received at that time. */
    public void line(long receivedEpochMs, String line) throws IOException {
        prefix(receivedEpochMs);
        out.write(line);
        if (!line.endsWith("\n")) {
            out.write('\n');
        }
    }

    /** Takes received bytes; the lines they complete are written with {@code receivedEpochMs}, then flushed. */
    public void write(byte[] bytes, int offset, int count, long receivedEpochMs) throws IOException {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                writeReceived(receivedEpochMs);
            } else if (length < received.length) {
                received[length++] = (char) (b & 0xFF);
            }
        }
        out.flush();
    }

    /** The received stream broke off: its partial line is saved as it is. */
    public void endOfStream(long receivedEpochMs) throws IOException {
        if (length > 0) {
            writeReceived(receivedEpochMs);
            out.flush();
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

    private void writeReceived(long epochMs) throws IOException {
        int end = length > 0 && received[length - 1] == '\r' ? length - 1 : length;
        prefix(epochMs);
        out.write(received, 0, end);
        out.write('\n');
        length = 0;
    }

    private void prefix(long epochMs) throws IOException {
        out.write('@');
        out.write(Long.toString(epochMs));
        out.write(' ');
    }
}
