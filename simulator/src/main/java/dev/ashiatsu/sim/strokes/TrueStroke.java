package dev.ashiatsu.sim.strokes;

/**
 * A stroke as the scenario scripts it, from the noise-free load of the practitioner's feet on the client.
 *
 * @param startMs    where it begins, ms since the start of the scenario
 * @param endMs      where it ends, ms
 * @param peakKg     the highest scripted load, kg
 * @param peakMs     when the load was highest, ms
 * @param impulseKgS the integral of the scripted load over the stroke, kg*s
 * @param action     the kind of the scripted action at the peak ({@code press}, {@code glide}, {@code rock}, ...)
 */
public record TrueStroke(double startMs, double endMs, double peakKg, double peakMs, double impulseKgS, String action) {
}
