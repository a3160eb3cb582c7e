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
 * @param rise10Ms          when A first reached 10 % of the rise from {@code startKg} to {@code peakKg}, ms
 *                          (interpolated between frames; docs/strokes.md, "Time to peak and loading rate")
 * @param rise90Ms          when A first reached 90 % of that rise, ms
 * @param peakFraction      peakKg / P, the share of the practitioner's body weight (NaN while P is unknown)
 * @param impulseKgS        the integral of A over the stroke, kg*s
 * @param extraPeaks        smoothness: the local peaks of A beyond the first that stand out at least
 *                          {@link StrokeThresholds#WOBBLE_KG} on both sides (0 = one smooth rise and release)
 */
public record Stroke(double startMs, double endMs, List<Zone> zones, double startKg, double peakKg, double peakMs,
                     double rise10Ms, double rise90Ms, double peakFraction, double impulseKgS, int extraPeaks) {

    /** The share of the rise at which it begins and ends (10 % and 90 %, the standard rise time). */
    public static final double RISE_FROM = 0.1;
    public static final double RISE_TO = 0.9;

    public Stroke {
        zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
        if (!(endMs >= startMs) || !(peakMs >= startMs && peakMs <= endMs)) {
            throw new IllegalArgumentException("a stroke needs startMs <= peakMs <= endMs, was " + startMs + ", "
                    + peakMs + ", " + endMs);
        }
        if (!(rise10Ms >= startMs && rise10Ms <= rise90Ms && rise90Ms <= peakMs)) {
            throw new IllegalArgumentException("a stroke needs startMs <= rise10Ms <= rise90Ms <= peakMs, was " + startMs
                    + ", " + rise10Ms + ", " + rise90Ms + ", " + peakMs);
        }
    }

    public double durationMs() {
        return endMs - startMs;
    }

    /** The rise: from the start to the first time A reached 90 % of the way from the start load to the peak, ms. */
    public double timeToPeakMs() {
        return rise90Ms - startMs;
    }

    /**
     * How fast the load rose: the rise from 10 % to 90 % of the way from the start load to the peak over the time
     * it took, kg/s; NaN if it took no time.
     */
    public double loadingRateKgPerS() {
        double ms = rise90Ms - rise10Ms;
        return ms > 0 ? (RISE_TO - RISE_FROM) * (peakKg - startKg) / (ms / 1000) : Double.NaN;
    }
}
