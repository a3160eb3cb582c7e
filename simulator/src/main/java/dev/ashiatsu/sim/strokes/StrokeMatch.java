package dev.ashiatsu.sim.strokes;

import dev.ashiatsu.core.stroke.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs detected strokes with true ones: a detected stroke finds a true stroke when its peak lies within
 * the true stroke's time (and the true peak within the detected stroke's); each is used once, the nearest
 * peak first. Pure.
 */
public final class StrokeMatch {

    /** One matched pair. */
    public record Pair(TrueStroke truth, Stroke detected) {

        public double peakErrorKg() {
            return detected.peakKg() - truth.peakKg();
        }

        public double impulseErrorKgS() {
            return detected.impulseKgS() - truth.impulseKgS();
        }

        public double timeToPeakErrorMs() {
            return detected.timeToPeakMs() - truth.timeToPeakMs();
        }

        /** The loading rate's error relative to the true rate (0.01 = 1 %); NaN if either has none. */
        public double loadingRateErrorFraction() {
            return (detected.loadingRateKgPerS() - truth.loadingRateKgPerS()) / truth.loadingRateKgPerS();
        }
    }

    private StrokeMatch() {
    }

    public static List<Pair> pairs(List<TrueStroke> truth, List<Stroke> detected) {
        boolean[] used = new boolean[detected.size()];
        List<Pair> pairs = new ArrayList<>();
        for (TrueStroke t : truth) {
            int best = -1;
            for (int d = 0; d < detected.size(); d++) {
                Stroke s = detected.get(d);
                boolean overlaps = s.peakMs() >= t.startMs() && s.peakMs() <= t.endMs()
                        && t.peakMs() >= s.startMs() && t.peakMs() <= s.endMs();
                if (!used[d] && overlaps && (best < 0 || distance(s, t) < distance(detected.get(best), t))) {
                    best = d;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pairs.add(new Pair(t, detected.get(best)));
            }
        }
        return pairs;
    }

    private static double distance(Stroke s, TrueStroke t) {
        return Math.abs(s.peakMs() - t.peakMs());
    }
}
