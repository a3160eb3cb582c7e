package dev.ashiatsu.sim.strokes;

import dev.ashiatsu.core.stroke.Stroke;

/**
 * A stroke as the scenario scripts it, from the noise-free load of the practitioner's feet on the client.
 *
 * @param startMs    where it begins, ms since the start of the scenario
 * @param endMs      where it ends, ms
 * @param startKg    the scripted load at the start, kg
 * @param peakKg     the highest scripted load, kg
 * @param peakMs     when the load was highest, ms
 * @param rise10Ms   when the load first reached 10 % of the way from startKg to peakKg, ms (interpolated
 *                   between samples, as the core's {@link Stroke#rise10Ms()})
 * @param rise90Ms   when it first reached 90 % of that way, ms
 * @param impulseKgS the integral of the scripted load over the stroke, kg*s
 * @param action     the kind of the scripted action at the peak ({@code press}, {@code glide}, {@code rock}, ...)
 */
public record TrueStroke(double startMs, double endMs, double startKg, double peakKg, double peakMs, double rise10Ms,
                         double rise90Ms, double impulseKgS, String action) {

    /** The rise to 90 % of the peak, ms: the same definition as {@link Stroke#timeToPeakMs()}. */
    public double timeToPeakMs() {
        return rise90Ms - startMs;
    }

    /** The 10-90 % rise over its time, kg/s: the same definition as {@link Stroke#loadingRateKgPerS()}. */
    public double loadingRateKgPerS() {
        double ms = rise90Ms - rise10Ms;
        return ms > 0 ? (Stroke.RISE_TO - Stroke.RISE_FROM) * (peakKg - startKg) / (ms / 1000) : Double.NaN;
    }
}
