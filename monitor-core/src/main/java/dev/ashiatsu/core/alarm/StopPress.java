package dev.ashiatsu.core.alarm;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the client's stop button recorded with its press: the load the client was under and the 5 s of
 * applied load before it. Carried by a {@link AlarmType#CLIENT_STOP} alarm (its zone and limit are the
 * alarm's own).
 *
 * @param appliedKg     A, the filtered applied load at the press (kg)
 * @param fraction      A / P at the press, NaN while P is unknown
 * @param historyStartMs the start of the first history bin, on the frame clock (ms)
 * @param historyStepMs the width of each bin (ms)
 * @param historyKg     the highest filtered A in each bin, oldest first, the last bin holding the press;
 *                      NaN for a bin without a frame (before the first frame, or a gap in the signal)
 */
public record StopPress(double appliedKg, double fraction, double historyStartMs, double historyStepMs,
                        double[] historyKg) {

    public StopPress {
        Objects.requireNonNull(historyKg, "historyKg");
        historyKg = historyKg.clone();
    }

    /** The history (a copy). */
    @Override
    public double[] historyKg() {
        return historyKg.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StopPress p && Double.compare(appliedKg, p.appliedKg) == 0
                && Double.compare(fraction, p.fraction) == 0 && Double.compare(historyStartMs, p.historyStartMs) == 0
                && Double.compare(historyStepMs, p.historyStepMs) == 0 && Arrays.equals(historyKg, p.historyKg);
    }

    @Override
    public int hashCode() {
        return Objects.hash(appliedKg, fraction, historyStartMs, historyStepMs, Arrays.hashCode(historyKg));
    }

    @Override
    public String toString() {
        return "StopPress[appliedKg=" + appliedKg + ", fraction=" + fraction + ", historyStartMs=" + historyStartMs
                + ", historyStepMs=" + historyStepMs + ", historyKg=" + Arrays.toString(historyKg) + "]";
    }
}
