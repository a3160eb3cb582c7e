package dev.ashiatsu.sim.strokes;

import static dev.ashiatsu.core.stroke.StrokeThresholds.LOADED_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.MIN_PEAK_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.RELEASED_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.TROUGH_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.swingKg;

import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.TimedAction;
import dev.ashiatsu.sim.scenario.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The strokes a scenario scripts: its timeline's noise-free load on the client, sampled every
 * {@value #STEP_MS} ms whatever the table's rate, cut by the definition of a stroke in the core's
 * {@code StrokeThresholds} but with a different, offline method: every turning point of the whole signal
 * is listed first, then the shallowest trough that does not separate two strokes is merged away, again and
 * again, until every trough left is deep enough on both sides; each trough's time is then the last sample
 * within {@code TROUGH_KG} of the lowest before the next peak, as the definition says; each stroke's rise (10 % and
 * 90 % of the way from its start load to its peak) is read off the same samples. The same for every seed (noise and faults
 * on the wire do not change what the practitioner did).
 */
public final class StrokeTruth {

    static final double STEP_MS = 5;

    private StrokeTruth() {
    }

    public static List<TrueStroke> of(Scenario scenario) {
        Timeline timeline = new Timeline(scenario);
        int n = (int) Math.floor(scenario.durationS() * 1000 / STEP_MS);
        double[] kg = new double[n];
        for (int i = 0; i < n; i++) {
            kg[i] = timeline.at(i * STEP_MS / 1000).pose().feetKg();
        }
        List<TrueStroke> strokes = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (kg[i] < LOADED_KG) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && kg[start] >= RELEASED_KG) {
                start--;
            }
            int end = i;
            while (end < n - 1 && kg[end] >= RELEASED_KG) {
                end++;
            }
            strokes(kg, start, end, scenario, strokes);
            i = end + 1;
        }
        return strokes;
    }

    /** Adds the strokes of one loaded run [start, end] (both ends near zero, or the ends of the session). */
    private static void strokes(double[] kg, int start, int end, Scenario scenario, List<TrueStroke> out) {
        List<Integer> turns = turningPoints(kg, start, end);
        mergeShallowTroughs(kg, turns);
        for (int t = 2; t + 2 < turns.size(); t += 2) {
            turns.set(t, lastDip(kg, turns.get(t), turns.get(t + 1)));
        }
        for (int t = 0; t + 2 < turns.size(); t += 2) {
            int from = turns.get(t);
            int peak = turns.get(t + 1);
            int to = turns.get(t + 2);
            if (kg[peak] < MIN_PEAK_KG) {
                continue;
            }
            double kgMs = 0;
            for (int k = from + 1; k <= to; k++) {
                kgMs += kg[k] * STEP_MS;
            }
            double rise = kg[peak] - kg[from];
            out.add(new TrueStroke(from * STEP_MS, to * STEP_MS, kg[from], kg[peak], peak * STEP_MS,
                    firstReachedMs(kg, from, peak, kg[from] + Stroke.RISE_FROM * rise),
                    firstReachedMs(kg, from, peak, kg[from] + Stroke.RISE_TO * rise), kgMs / 1000,
                    actionAt(scenario, peak * STEP_MS / 1000)));
        }
    }

    /** Trough, peak, trough, ... peak, trough: every turn of the load from start to end. */
    private static List<Integer> turningPoints(double[] kg, int start, int end) {
        List<Integer> turns = new ArrayList<>();
        turns.add(start);
        boolean rising = true;
        int candidate = start;
        for (int k = start + 1; k < end; k++) {
            if (rising ? kg[k] >= kg[candidate] : kg[k] <= kg[candidate]) {
                candidate = k;
            } else {
                turns.add(candidate);
                rising = !rising;
                candidate = k;
            }
        }
        if (rising) {
            turns.add(candidate);
        }
        turns.add(end);
        return turns;
    }

    /**
     * Removes, shallowest first, every inner trough not at least {@code swingKg} below both its peaks, with
     * the lower of the two peaks and the higher of the two troughs beside it, so peaks and troughs still
     * alternate and the deepest trough and highest peak of every merged stretch remain.
     */
    private static void mergeShallowTroughs(double[] kg, List<Integer> turns) {
        while (true) {
            int worst = -1;
            double worstDepth = Double.POSITIVE_INFINITY;
            for (int t = 2; t + 2 < turns.size(); t += 2) {
                double left = kg[turns.get(t - 1)];
                double right = kg[turns.get(t + 1)];
                double trough = kg[turns.get(t)];
                boolean splits = left - trough >= swingKg(left) && right - trough >= swingKg(right);
                double depth = Math.min(left - trough, right - trough);
                if (!splits && depth < worstDepth) {
                    worst = t;
                    worstDepth = depth;
                }
            }
            if (worst < 0) {
                return;
            }
            if (kg[turns.get(worst - 1)] <= kg[turns.get(worst + 1)]) {
                int higherTrough = kg[turns.get(worst - 2)] > kg[turns.get(worst)] && worst - 2 > 0 ? worst - 2 : worst;
                turns.remove(worst - 1);
                turns.remove(higherTrough == worst ? worst - 1 : worst - 2);
            } else {
                int higherTrough = kg[turns.get(worst + 2)] > kg[turns.get(worst)] && worst + 2 < turns.size() - 1
                        ? worst + 2 : worst;
                turns.remove(worst + 1);
                turns.remove(higherTrough == worst ? worst : worst + 1);
            }
        }
    }

    /**
     * When the load, interpolated linearly between samples, first reached {@code levelKg} after {@code from}
     * (at or before {@code peak}, whose load is at least the level), ms.
     */
    private static double firstReachedMs(double[] kg, int from, int peak, double levelKg) {
        for (int k = from + 1; k <= peak; k++) {
            if (kg[k] >= levelKg) {
                double u = kg[k] > kg[k - 1] ? (levelKg - kg[k - 1]) / (kg[k] - kg[k - 1]) : 1;
                return (k - 1 + Math.max(0, Math.min(1, u))) * STEP_MS;
            }
        }
        return peak * STEP_MS;
    }

    /** The last sample before the next peak within {@code TROUGH_KG} of the lowest one. */
    private static int lastDip(double[] kg, int lowest, int nextPeak) {
        int dip = lowest;
        for (int k = lowest + 1; k < nextPeak; k++) {
            if (kg[k] <= kg[lowest] + TROUGH_KG) {
                dip = k;
            }
        }
        return dip;
    }

    private static String actionAt(Scenario scenario, double tS) {
        String kind = "none";
        for (TimedAction timed : scenario.timeline()) {
            if (timed.startS() <= tS) {
                kind = timed.action().kind();
            }
        }
        return kind;
    }
}
