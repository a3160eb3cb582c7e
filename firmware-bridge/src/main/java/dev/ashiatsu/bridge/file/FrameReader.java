package dev.ashiatsu.bridge.file;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.InputCounters;
import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the frames of a recorded file (recording CSV or serial capture) one at a time, in order.
 * Not thread-safe.
 */
public interface FrameReader extends Closeable {

    /**
     * The next frame, or null at the end of the input. The frame may be reused by the next call.
     *
     * @throws InputException for input that cannot be read on (the message is {@code file:line: fault})
     */
    Frame next() throws IOException;

    /** What has been read and rejected so far. */
    InputCounters counters();
}
