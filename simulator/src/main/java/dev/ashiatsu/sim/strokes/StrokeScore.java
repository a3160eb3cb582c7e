package dev.ashiatsu.sim.strokes;

import dev.ashiatsu.core.stroke.Stroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How well detected strokes match the true ones, summed over runs: precision (matched / detected), recall
 * (matched / true) and the absolute errors of peak (kg) and impulse (kg*s, and relative to the true impulse)
 * over the matched pairs, and of time to peak (ms) and loading rate (relative to the true rate). Not thread-safe.
 */
public final class StrokeScore {

    private long truth;
    private long detected;
    private final List<Double> peakErrorsKg = new ArrayList<>();
    private final List<Double> impulseErrorsKgS = new ArrayList<>();
    private final List<Double> impulseErrorsFraction = new ArrayList<>();
    private final List<Double> timeToPeakErrorsMs = new ArrayList<>();
    private final List<Double> loadingRateErrorsFraction = new ArrayList<>();

    public void add(List<TrueStroke> trueStrokes, List<Stroke> detectedStrokes) {
        truth += trueStrokes.size();
        detected += detectedStrokes.size();
        addErrors(StrokeMatch.pairs(trueStrokes, detectedStrokes));
    }

    /** Adds matched pairs alone (each counts as one true, one detected and one matched stroke). */
    public void addPairs(List<StrokeMatch.Pair> pairs) {
        truth += pairs.size();
        detected += pairs.size();
        addErrors(pairs);
    }

    private void addErrors(List<StrokeMatch.Pair> pairs) {
        for (StrokeMatch.Pair pair : pairs) {
            peakErrorsKg.add(Math.abs(pair.peakErrorKg()));
            impulseErrorsKgS.add(Math.abs(pair.impulseErrorKgS()));
            impulseErrorsFraction.add(Math.abs(pair.impulseErrorKgS()) / pair.truth().impulseKgS());
            timeToPeakErrorsMs.add(Math.abs(pair.timeToPeakErrorMs()));
            double rateError = pair.loadingRateErrorFraction();
            if (Double.isFinite(rateError)) {
                loadingRateErrorsFraction.add(Math.abs(rateError));
            }
        }
    }

    public long truth() {
        return truth;
    }

    public long detected() {
        return detected;
    }

    public long matched() {
        return peakErrorsKg.size();
    }

    /** matched / detected (1 when nothing was detected). */
    public double precision() {
        return detected == 0 ? 1 : (double) matched() / detected;
    }

    /** matched / true (1 when there was nothing to find). */
    public double recall() {
        return truth == 0 ? 1 : (double) matched() / truth;
    }

    public double meanPeakErrorKg() {
        return mean(peakErrorsKg);
    }

    /** The 95th percentile of the absolute peak error, kg. */
    public double p95PeakErrorKg() {
        return percentile(peakErrorsKg, 0.95);
    }

    public double meanImpulseErrorKgS() {
        return mean(impulseErrorsKgS);
    }

    public double p95ImpulseErrorKgS() {
        return percentile(impulseErrorsKgS, 0.95);
    }

    /** The mean absolute impulse error relative to the true impulse (0.01 = 1 %). */
    public double meanImpulseErrorFraction() {
        return mean(impulseErrorsFraction);
    }

    /** The mean absolute error of the time to peak, ms. */
    public double meanTimeToPeakErrorMs() {
        return mean(timeToPeakErrorsMs);
    }

    public double p95TimeToPeakErrorMs() {
        return percentile(timeToPeakErrorsMs, 0.95);
    }

    /** The mean absolute error of the loading rate relative to the true rate (0.01 = 1 %), over pairs that have both. */
    public double meanLoadingRateErrorFraction() {
        return mean(loadingRateErrorsFraction);
    }

    public double p95LoadingRateErrorFraction() {
        return percentile(loadingRateErrorsFraction, 0.95);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
