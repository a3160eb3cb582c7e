package dev.ashiatsu.sim;

import dev.ashiatsu.core.source.Input;

/**
 * A button going down or up on the simulated device, as its firmware would report it (an input line).
 *
 * @param tMs     host time in ms since the start, like {@link SimFrame#tMs()}
 * @param seq     the device's input-line sequence number (restarts at 0 after a device reset)
 * @param micros  the device's microseconds since boot at the change
 * @param input   which button
 * @param pressed true when it goes down, false when it is released
 */
public record ButtonChange(double tMs, int seq, long micros, Input input, boolean pressed) {
}
