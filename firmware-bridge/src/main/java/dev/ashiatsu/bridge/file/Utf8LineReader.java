package dev.ashiatsu.bridge.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines (LF or CRLF) one at a time, decoding each line on its own so that bad bytes are
 * reported on the line that holds them, and refusing lines longer than a bound instead of growing.
 * Not thread-safe.
 */
final class Utf8LineReader implements Closeable {

    /** A line that is not UTF-8, or too long; {@link #getMessage()} says which. */
    static final class BadLine extends IOException {
        BadLine(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[256];

    Utf8LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or null at the end of the input. */
    String readLine() throws IOException {
        int length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return sawAny ? decode(length) : null;
                }
            }
            sawAny = true;
            byte b = buffer[position++];
            if (b == '\n') {
                return decode(length);
            }
            if (length == maxBytes) {
                skipRestOfLine();
                throw new BadLine("line longer than " + maxBytes + " bytes");
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
            }
            line[length++] = b;
        }
    }

    private void skipRestOfLine() throws IOException {
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return;
                }
            }
            if (buffer[position++] == '\n') {
                return;
            }
        }
    }

    private String decode(int length) throws BadLine {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        try {
            return utf8.decode(ByteBuffer.wrap(line, 0, end)).toString();
        } catch (CharacterCodingException e) {
            throw new BadLine("not UTF-8 text");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
