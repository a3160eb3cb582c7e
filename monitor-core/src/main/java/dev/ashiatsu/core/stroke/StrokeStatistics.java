package dev.ashiatsu.core.stroke;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The strokes of a session summed up: their count and the means of their figures (NaN without strokes;
 * the loading rate's mean is over the strokes that have one).
 *
 * @param meanExtraPeaks the mean smoothness ({@link Stroke#extraPeaks()}): 0 when every stroke is one smooth
 *                       rise and release; lower is smoother
 */
public record StrokeStatistics(int count, double meanPeakKg, double meanImpulseKgS, double meanTimeToPeakMs,
                               double meanLoadingRateKgPerS, double meanExtraPeaks) {

    public static StrokeStatistics of(List<Stroke> strokes) {
        return new StrokeStatistics(strokes.size(), mean(strokes, Stroke::peakKg), mean(strokes, Stroke::impulseKgS),
                mean(strokes, Stroke::timeToPeakMs), mean(strokes, Stroke::loadingRateKgPerS),
                mean(strokes, Stroke::extraPeaks));
    }

    /** The mean of the finite values, NaN if there are none. */
    private static double mean(List<Stroke> strokes, ToDoubleFunction<Stroke> figure) {
        double sum = 0;
        int n = 0;
        for (Stroke stroke : strokes) {
            double value = figure.applyAsDouble(stroke);
            if (Double.isFinite(value)) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
