package dev.ashiatsu.sim.strokes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.sim.scenario.Press;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import dev.ashiatsu.sim.scenario.TimedAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strokes the bundled scenarios script, against what their timelines say. */
class StrokeTruthTest {

    @Test
    void everyCompressionOfTheTrainingSessionIsAStrokePeakingAtItsScriptedLoad() {
        Scenario training = Scenarios.load("training");
        List<Double> scriptedPeaks = training.timeline().stream().map(TimedAction::action)
                .filter(Press.class::isInstance).map(Press.class::cast)
                .flatMap(p -> java.util.Collections.nCopies(p.count(), p.peakKg()).stream()).toList();

        List<Double> pressPeaks = StrokeTruth.of(training).stream().filter(s -> s.action().equals("press"))
                .map(TrueStroke::peakKg).toList();

        assertEquals(scriptedPeaks, pressPeaks);
    }

    @Test
    void theSecondLowerBackCompressionRisesAtItsScriptedRate() {
        // press 12 -> 24 kg, twice in 12 s after a 1 s move: each sinks over 35 % of a 5.5 s cycle on a cosine
        // ease, which crosses 10 % and 90 % of the way at acos(0.8) / pi and acos(-0.8) / pi of its time; the
        // second rises from the 12 kg base (the first from the glide before, during the move)
        double sinkMs = 0.35 * 5500;
        double riseMs = sinkMs * (Math.acos(-0.8) - Math.acos(0.8)) / Math.PI;
        List<TrueStroke> presses = StrokeTruth.of(Scenarios.load("training")).stream()
                .filter(s -> s.action().equals("press") && s.peakKg() == 24 && Math.abs(s.startKg() - 12) <= 0.5).toList();
        assertEquals(1, presses.size(), presses.toString());
        for (TrueStroke press : presses) {
            assertEquals(riseMs, press.rise90Ms() - press.rise10Ms(), 60, press.toString());
            assertEquals(0.8 * (24 - press.startKg()) / (riseMs / 1000), press.loadingRateKgPerS(),
                    0.05 * press.loadingRateKgPerS(), press.toString());
        }
    }

    @Test
    void strokesFollowOneAnotherWithoutOverlapAndCarryTheirImpulse() {
        for (String name : Scenarios.BUNDLED) {
            List<TrueStroke> strokes = StrokeTruth.of(Scenarios.load(name));
            assertTrue(!strokes.isEmpty(), name);
            for (int i = 0; i < strokes.size(); i++) {
                TrueStroke s = strokes.get(i);
                assertTrue(s.startMs() <= s.peakMs() && s.peakMs() <= s.endMs(), name + ": " + s);
                assertTrue(s.startMs() < s.rise10Ms() && s.rise10Ms() < s.rise90Ms() && s.rise90Ms() <= s.peakMs(),
                        name + ": the rise lies between the start and the peak: " + s);
                assertTrue(i == 0 || strokes.get(i - 1).endMs() <= s.startMs(), name + ": overlaps the one before: " + s);
                double durationS = (s.endMs() - s.startMs()) / 1000;
                assertTrue(s.impulseKgS() > 0 && s.impulseKgS() <= s.peakKg() * durationS, name + ": " + s);
            }
        }
    }

    @Test
    void aGlidesPushesAndARocksRollsAreNotStrokesOfTheirOwn() {
        // the faults session: mount, a 6 s glide and 110 s of rocking at 20 kg, and the dismount; the grip
        // slip at 80 s (24 kg more for 0.6 s) rises from a rock's roll no deeper than the swing, so it is the
        // peak of the one stroke
        Scenario faults = Scenarios.load("faults");
        List<TrueStroke> strokes = StrokeTruth.of(faults);
        assertEquals(1, strokes.size(), strokes.toString());
        TrueStroke only = strokes.get(0);
        assertTrue(only.startMs() >= 12_000 && only.startMs() < 14_000 && only.endMs() > 134_000, "from the mount to the "
                + "dismount: " + only);
        assertEquals(80_000, only.peakMs(), 600, only.toString());
        assertEquals(20 + 24, only.peakKg(), 1.5, only.toString());
    }
}
