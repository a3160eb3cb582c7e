package dev.ashiatsu.bridge.protocol;

/**
 * Splits a byte stream into lines at LF, incrementally and within a fixed bound: a partial line waits
 * for more bytes; a line longer than {@code maxLength} bytes is reported once, the moment it overflows,
 * and its bytes up to the next LF are dropped. The LF itself is not part of a line. Not thread-safe.
 */
public final class LineAssembler {

    /** Receives lines; {@code line} is only valid during the call. */
    public interface Handler {
        void line(byte[] line, int length);

        void oversize();
    }

    private final byte[] buffer;
    private int length;
    private boolean discarding;

    public LineAssembler(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        buffer = new byte[maxLength];
    }

    /** Takes {@code count} bytes from {@code offset}; calls the handler for each line they complete. */
    public void feed(byte[] bytes, int offset, int count, Handler handler) {
        int end = offset + count;
        int from = offset;
        while (from < end) {
            int lf = indexOfLf(bytes, from, end);
            int segmentEnd = lf < 0 ? end : lf;
            append(bytes, from, segmentEnd - from, handler);
            if (lf < 0) {
                return;
            }
            if (!discarding) {
                handler.line(buffer, length);
            }
            discarding = false;
            length = 0;
            from = lf + 1;
        }
    }

    /** Ends the input: a pending partial line is handed over as if an LF followed. */
    public void finish(Handler handler) {
        if (!discarding && length > 0) {
            handler.line(buffer, length);
        }
        discarding = false;
        length = 0;
    }

    /** Forgets the pending partial line, unreported: the next byte starts a new line. */
    public void clear() {
        discarding = false;
        length = 0;
    }

    private void append(byte[] bytes, int from, int count, Handler handler) {
        if (discarding || count == 0) {
            return;
        }
        if (length + count > buffer.length) {
            discarding = true;
            length = 0;
            handler.oversize();
            return;
        }
        System.arraycopy(bytes, from, buffer, length, count);
        length += count;
    }

    private static int indexOfLf(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
