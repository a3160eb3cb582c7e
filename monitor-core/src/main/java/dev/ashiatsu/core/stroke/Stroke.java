package dev.ashiatsu.core.stroke;

import dev.ashiatsu.core.estimate.Zone;
import java.util.List;
import java.util.Objects;

/**
 * One stroke: a rise of the applied load A (from rest or from a trough), a hold or a travel, and a release.
 *
 * @param startMs           where it begins (the last frame near zero, or the trough), ms on the frames' clock
 * @param endMs             where it ends (the first frame near zero, or the next trough), ms
 * @param zones             the zones under the load while it lasted, in the order first reached (empty if A
 *                          stayed below 5 kg, where there is no zone)
 * @param startKg           A at the start, kg
 * @param peakKg            the highest A, kg
 * @param peakMs            when A was highest, ms
 * @param peakFraction      peakKg / P, the share of the practitioner's body weight (NaN while P is unknown)
 * @param impulseKgS        the integral of A over the stroke, kg*s
 * @param extraPeaks        smoothness: the local peaks of A beyond the first that stand out at least
 *                          {@link StrokeThresholds#WOBBLE_KG} on both sides (0 = one smooth rise and release)
 */
public record Stroke(double startMs, double endMs, List<Zone> zones, double startKg, double peakKg, double peakMs,
                     double peakFraction, double impulseKgS, int extraPeaks) {

    public Stroke {
        zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
        if (!(endMs >= startMs) || !(peakMs >= startMs && peakMs <= endMs)) {
            throw new IllegalArgumentException("a stroke needs startMs <= peakMs <= endMs, was " + startMs + ", "
                    + peakMs + ", " + endMs);
        }
    }

    public double durationMs() {
        return endMs - startMs;
    }

    /** From the start to the peak, ms. */
    public double timeToPeakMs() {
        return peakMs - startMs;
    }

    /** How fast the load rose: (peak - start load) / time to peak, kg/s; NaN if the peak is the first frame. */
    public double loadingRateKgPerS() {
        return timeToPeakMs() > 0 ? (peakKg - startKg) / (timeToPeakMs() / 1000) : Double.NaN;
    }
}
