package dev.ashiatsu.bridge.file;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads the frames of a recorded file (recording CSV or serial capture) one at a time, in order, and the
 * button presses between them ({@link #takeInputs}).
 * Not thread-safe.
 */
public interface FrameReader extends Closeable {

    /**
     * The next frame, or null at the end of the input. The frame may be reused by the next call.
     *
     * @throws InputException for input that cannot be read on (the message is {@code file:line: fault})
     */
    Frame next() throws IOException;

    /**
     * The button presses read before the frame {@link #next} last returned (at or before its time, in file
     * order), or, once it returned null, those after the last frame; each press is handed over once. Files
     * that carry none give an empty list.
     */
    default List<InputEvent> takeInputs() {
        return List.of();
    }

    /** What has been read and rejected so far. */
    InputCounters counters();
}
