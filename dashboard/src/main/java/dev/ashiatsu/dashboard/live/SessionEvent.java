package dev.ashiatsu.dashboard.live;

/**
 * One line of the current session's event list.
 *
 * @param seq     position in the list, from 1
 * @param tMs     time on the frames' clock (NaN before the first frame)
 * @param epochMs wall-clock time, ms since the epoch
 * @param kind    {@code session}, {@code alarm}, {@code tare}, {@code source}, {@code fault}, {@code calibration}
 * @param text    what happened, for people
 */
public record SessionEvent(long seq, double tMs, long epochMs, String kind, String text) {
}
