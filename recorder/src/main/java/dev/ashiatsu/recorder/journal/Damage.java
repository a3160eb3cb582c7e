package dev.ashiatsu.recorder.journal;

/**
 * A stretch of a journal that could not be read (a flipped bit, an overwrite, a damaged header) and was
 * skipped; every intact record around it is kept.
 *
 * @param offset where the stretch starts in the file (bytes)
 * @param bytes  its length (bytes)
 * @param fromMs the last intact frame before it (frame clock, ms); null when there is none
 * @param toMs   the first intact frame after it; null when there is none (the damage is at the end)
 */
public record Damage(long offset, long bytes, Double fromMs, Double toMs) {

    /** The time between the intact frames around the stretch, ms; 0 when either side has none. */
    public double spanMs() {
        return fromMs == null || toMs == null ? 0 : Math.max(0, toMs - fromMs);
    }

    Damage between(Double from, Double to) {
        return new Damage(offset, bytes, from, to);
    }
}
