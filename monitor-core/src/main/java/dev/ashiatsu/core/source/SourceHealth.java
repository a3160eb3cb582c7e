package dev.ashiatsu.core.source;

/**
 * A source's state for the health endpoint and the log.
 *
 * @param state       a short word: {@code starting}, {@code running}, {@code reconnecting}, {@code stopped}, {@code failed}
 * @param counters    what it read and rejected so far
 * @param sampleRateHz the measured frame rate over the last seconds (NaN when unknown)
 * @param lastError   the most recent fault, or null
 */
public record SourceHealth(String state, InputCounters counters, double sampleRateHz, String lastError) {
}
