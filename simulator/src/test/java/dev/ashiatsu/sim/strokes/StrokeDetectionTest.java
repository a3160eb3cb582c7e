package dev.ashiatsu.sim.strokes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The core's segmenter, fed the noisy recording of a scenario the way {@code analyze} is, finds the
 * scripted strokes (the figures over many seeds are in docs/strokes.md).
 */
class StrokeDetectionTest {

    @ParameterizedTest
    @CsvSource({"training, 3", "demo, 7", "faults, 11"})
    void findsTheScriptedStrokesWithTheirPeaks(String name, long seed) {
        Scenario scenario = Scenarios.load(name);
        List<TrueStroke> truth = StrokeTruth.of(scenario);
        List<Stroke> detected = StrokeValidation.detect(scenario, seed);

        StrokeScore score = new StrokeScore();
        score.add(truth, detected);
        assertTrue(score.precision() >= 0.95 && score.recall() >= 0.95, name + ": precision " + score.precision()
                + ", recall " + score.recall() + "\ntruth: " + truth + "\ndetected: " + detected);
        for (StrokeMatch.Pair pair : StrokeMatch.pairs(truth, detected)) {
            assertEquals(pair.truth().peakKg(), pair.detected().peakKg(), 1.0, "peak of " + pair);
        }
        assertTrue(score.meanImpulseErrorFraction() <= 0.05, name + ": impulse off by "
                + 100 * score.meanImpulseErrorFraction() + " % on average");
    }

    @ParameterizedTest
    @CsvSource({"training, 3", "demo, 7"})
    void aPressRisesAtItsScriptedRate(String name, long seed) {
        Scenario scenario = Scenarios.load(name);
        List<StrokeMatch.Pair> presses = StrokeMatch.pairs(StrokeTruth.of(scenario), StrokeValidation.detect(scenario, seed))
                .stream().filter(p -> p.truth().action().equals("press")).toList();
        assertFalse(presses.isEmpty(), name + " scripts presses");
        for (StrokeMatch.Pair pair : presses) {
            // the rise to 90 % of the peak and the 10-90 % rate, not the highest frame of the noisy hold
            assertEquals(pair.truth().timeToPeakMs(), pair.detected().timeToPeakMs(), 150, "time to peak of " + pair);
            assertEquals(0, pair.loadingRateErrorFraction(), 0.06, "loading rate of " + pair);
        }
    }
}
