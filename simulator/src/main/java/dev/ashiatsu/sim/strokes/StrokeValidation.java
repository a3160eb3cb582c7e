package dev.ashiatsu.sim.strokes;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.report.SessionAnalyzer;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.sim.Calibrations;
import dev.ashiatsu.sim.SimFrame;
import dev.ashiatsu.sim.Simulation;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the stroke segmenter against the scripted strokes: every bundled scenario with seeds 1..N, each
 * run's noisy kg frames (what a recording stores) analysed as {@code analyze} does. Prints two Markdown tables: per
 * scenario, and the errors of time to peak and loading rate per scripted action at the true peak.
 *
 * <p>Usage: {@code StrokeValidation [seeds]} (default 20).
 */
public final class StrokeValidation {

    private StrokeValidation() {
    }

    public static void main(String[] args) {
        int seeds = 20;
        if (args.length > 0) {
            try {
                seeds = Integer.parseInt(args[0]);
            } catch (NumberFormatException e) {
                seeds = 0;
            }
        }
        if (args.length > 1 || seeds < 1) {
            System.err.println("usage: StrokeValidation [seeds]   (a whole number of seeds from 1, default 20; was "
                    + String.join(" ", args) + ")");
            System.exit(2);
        }
        print(seeds, System.out);
    }

    static void print(int seeds, PrintStream out) {
        out.println("| scenario | runs | true | detected | matched | precision | recall | peak error mean / p95 (kg)"
                + " | impulse error mean / p95 (kg*s) | impulse error mean (%) | time to peak error mean / p95 (ms)"
                + " | loading rate error mean / p95 (%) |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        StrokeScore all = new StrokeScore();
        Map<String, StrokeScore> byAction = new TreeMap<>();
        for (String name : Scenarios.BUNDLED) {
            Scenario scenario = Scenarios.load(name);
            List<TrueStroke> truth = StrokeTruth.of(scenario);
            StrokeScore score = new StrokeScore();
            for (long seed = 1; seed <= seeds; seed++) {
                List<Stroke> detected = detect(scenario, seed);
                score.add(truth, detected);
                all.add(truth, detected);
                for (StrokeMatch.Pair pair : StrokeMatch.pairs(truth, detected)) {
                    byAction.computeIfAbsent(pair.truth().action(), a -> new StrokeScore()).addPairs(List.of(pair));
                }
            }
            out.println(row(name, seeds, score));
        }
        out.println(row("all", seeds * Scenarios.BUNDLED.size(), all));
        out.println();
        out.println("| action at the true peak | matched | time to peak error mean / p95 (ms)"
                + " | loading rate error mean / p95 (%) |");
        out.println("| --- | --- | --- | --- |");
        byAction.forEach((action, s) -> out.println(String.format(Locale.ROOT, "| %s | %d | %.0f / %.0f | %.1f / %.1f |",
                action, s.matched(), s.meanTimeToPeakErrorMs(), s.p95TimeToPeakErrorMs(),
                100 * s.meanLoadingRateErrorFraction(), 100 * s.p95LoadingRateErrorFraction())));
    }

    /** The strokes {@code analyze} finds in the recording of a scenario run with this seed. */
    public static List<Stroke> detect(Scenario scenario, long seed) {
        SessionAnalyzer analyzer = new SessionAnalyzer(Calibrations.inKg(scenario.table()), scenario.client(),
                scenario.practitioner());
        Simulation simulation = new Simulation(scenario, seed);
        for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
            if (frame.delivered()) {
                analyzer.accept(Frame.ofKg(frame.tMs(), frame.kg().clone()));
            }
        }
        return analyzer.report(InputCounters.NONE).strokes();
    }

    private static String row(String name, int runs, StrokeScore s) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f %% | %.1f %% | %.2f / %.2f | %.2f / %.2f | %.1f |"
                        + " %.0f / %.0f | %.1f / %.1f |",
                name, runs, s.truth(), s.detected(), s.matched(), 100 * s.precision(), 100 * s.recall(),
                s.meanPeakErrorKg(), s.p95PeakErrorKg(), s.meanImpulseErrorKgS(), s.p95ImpulseErrorKgS(),
                100 * s.meanImpulseErrorFraction(), s.meanTimeToPeakErrorMs(), s.p95TimeToPeakErrorMs(),
                100 * s.meanLoadingRateErrorFraction(), 100 * s.p95LoadingRateErrorFraction());
    }
}
