package dev.ashiatsu.core.source;

import java.util.Objects;

/**
 * One debounced press of a button at the table, on the same clock as the frames.
 *
 * @param tMs   time of the press in ms on the source's frame clock
 * @param input which button
 */
public record InputEvent(double tMs, Input input) {

    public InputEvent {
        Objects.requireNonNull(input, "input");
        if (!Double.isFinite(tMs)) {
            throw new IllegalArgumentException("tMs must be finite, was " + tMs);
        }
    }
}
