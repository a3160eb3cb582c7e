package dev.ashiatsu.bridge.capture;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Saves a received byte stream as a capture: one line per received line, prefixed {@code @<epoch ms> } with
 * the time its LF arrived. A line longer than {@link #MAX_SAVED_BYTES} keeps only its start (still too long
 * for the protocol, so it reads back as the same rejection). Appends to an existing file. Not thread-safe.
 */
public final class CaptureWriter implements Closeable {

    /** More than the protocol's 255 bytes, so a cut line stays an oversize line. */
    public static final int MAX_SAVED_BYTES = 300;

    private final Path file;
    private final OutputStream out;
    private final byte[] line = new byte[MAX_SAVED_BYTES];
    private int length;

    public CaptureWriter(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    public Path file() {
        return file;
    }

    /** Takes received bytes; the lines they complete are written with {@code receivedEpochMs}, then flushed. */
    public void write(byte[] bytes, int offset, int count, long receivedEpochMs) throws IOException {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                writeLine(receivedEpochMs);
            } else if (length < line.length) {
                line[length++] = b;
            }
        }
        out.flush();
    }

    /** The stream broke off: the partial line is saved as it is. */
    public void endOfStream(long receivedEpochMs) throws IOException {
        if (length > 0) {
            writeLine(receivedEpochMs);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeLine(long epochMs) throws IOException {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        out.write(("@" + epochMs + " ").getBytes(StandardCharsets.US_ASCII));
        out.write(line, 0, end);
        out.write('\n');
        length = 0;
    }
}
