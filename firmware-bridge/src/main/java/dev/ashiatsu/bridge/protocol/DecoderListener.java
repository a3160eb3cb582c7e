package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.Frame;

/**
 * What a {@link ProtocolDecoder} found in the stream, called synchronously from {@code feed}, in stream order.
 * Only {@link #frame} is mandatory.
 */
public interface DecoderListener {

    /** An accepted data line as raw counts, NaN for an empty value; the frame is the listener's to keep. */
    void frame(Frame frame);

    /** A hello (its channel count is not checked by the decoder: data lines are). */
    default void hello(Hello hello) {
    }

    /** A firmware event. */
    default void event(DeviceEvent event) {
    }

    /**
     * An input line (a debounced press or release of a button), on the frames' clock.
     *
     * @param tMs the change's time in ms, never before the last frame's
     */
    default void input(InputLine line, double tMs) {
    }

    /** The input lines' sequence number jumped: {@code missing} button changes were not received. */
    default void inputGap(int missing) {
    }

    /**
     * A rejected line, already counted.
     *
     * @param line the start of the line, printable ASCII (other bytes escaped), at most 80 characters
     */
    default void rejected(Rejection reason, String line) {
    }

    /** A device reset was detected (a hello after data, or the clock going back); counted once. */
    default void reset() {
    }

    /** The sequence number jumped between two accepted frames; {@code missing} frames were not received. */
    default void gap(int missing) {
    }
}
