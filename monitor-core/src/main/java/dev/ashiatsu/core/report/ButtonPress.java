package dev.ashiatsu.core.report;

import dev.ashiatsu.core.source.Input;

/**
 * One press of a button at the table and what it did.
 *
 * @param tMs     the press, on the frames' clock (ms)
 * @param alarmId the alarm it raised (CLIENT_STOP) or acknowledged (ACKNOWLEDGE); null when an
 *                acknowledgement found no active alarm left to acknowledge
 */
public record ButtonPress(double tMs, Input input, Long alarmId) {
}
