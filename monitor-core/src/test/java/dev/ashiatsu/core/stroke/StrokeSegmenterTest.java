package dev.ashiatsu.core.stroke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.estimate.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The segmenter on load curves written out here, sampled at the rates tables use. */
class StrokeSegmenterTest {

    private static final double P_KG = 70;

    /** A cosine ease from 0 to 1 over [0, 1], clamped. */
    private static double ease(double u) {
        double c = Math.max(0, Math.min(1, u));
        return 0.5 - 0.5 * Math.cos(Math.PI * c);
    }

    /** A press from {@code baseKg}: rise over 1.5 s, hold 1 s, release over 1.5 s, starting at {@code fromS}. */
    private static double press(double tS, double fromS, double baseKg, double peakKg) {
        double u = tS - fromS;
        if (u < 0 || u > 4) {
            return 0;
        }
        double shape = u < 1.5 ? ease(u / 1.5) : u < 2.5 ? 1 : 1 - ease((u - 2.5) / 1.5);
        return (peakKg - baseKg) * shape;
    }

    private static List<Stroke> run(DoubleUnaryOperator kgAt, double seconds, double rateHz, Zone zone) {
        StrokeSegmenter segmenter = new StrokeSegmenter();
        List<Stroke> strokes = new ArrayList<>();
        for (long i = 0; i <= Math.round(seconds * rateHz); i++) {
            double tS = i / rateHz;
            double kg = kgAt.applyAsDouble(tS);
            Stroke done = segmenter.accept(tS * 1000, kg, P_KG, kg >= 5 ? zone : null);
            if (done != null) {
                strokes.add(done);
            }
        }
        Stroke underWay = segmenter.underWay();
        if (underWay != null) {
            strokes.add(underWay);
        }
        return strokes;
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 80})
    void onePressFromRestIsOneStrokeWithItsFigures(double rateHz) {
        List<Stroke> strokes = run(t -> press(t, 1, 0, 30), 6, rateHz, Zone.MID_BACK);

        assertEquals(1, strokes.size(), strokes.toString());
        Stroke s = strokes.get(0);
        double periodMs = 1000 / rateHz;
        assertTrue(s.startMs() >= 1000 - periodMs && s.startMs() <= 1000 + 500, "start " + s.startMs());
        assertTrue(s.endMs() >= 4500 && s.endMs() <= 5000 + periodMs, "end " + s.endMs());
        assertEquals(30, s.peakKg(), 1e-9);
        assertEquals(30 / P_KG, s.peakFraction(), 1e-9);
        assertTrue(s.peakMs() >= 2500 && s.peakMs() <= 3500, "peak within the hold: " + s.peakMs());
        // the integral of the press: 30 kg * (1.5 / 2 + 1 + 1.5 / 2) s = 75 kg*s
        assertEquals(75, s.impulseKgS(), 30 * periodMs / 1000);
        assertEquals(List.of(Zone.MID_BACK), s.zones());
        assertEquals(0, s.extraPeaks());
        // the rise: 10 % and 90 % of the way from the start load to 30 kg, on the 1.5 s cosine ramp from 1 s
        double tolMs = 1 + periodMs / 10;
        double rise10 = 1000 + rampMs(1500, 0, 30, s.startKg() + 0.1 * (30 - s.startKg()));
        double rise90 = 1000 + rampMs(1500, 0, 30, s.startKg() + 0.9 * (30 - s.startKg()));
        assertEquals(rise10, s.rise10Ms(), tolMs);
        assertEquals(rise90, s.rise90Ms(), tolMs);
        assertEquals(rise90 - s.startMs(), s.timeToPeakMs(), tolMs);
        assertEquals(0.8 * (30 - s.startKg()) / ((rise90 - rise10) / 1000), s.loadingRateKgPerS(),
                0.01 * s.loadingRateKgPerS());
    }

    /** When a cosine ramp over {@code ms} from {@code fromKg} to {@code toKg} reaches {@code kg}, ms after it began. */
    private static double rampMs(double ms, double fromKg, double toKg, double kg) {
        return ms * Math.acos(1 - 2 * (kg - fromKg) / (toKg - fromKg)) / Math.PI;
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 80})
    void noiseOnTheHoldMovesThePeakFrameButNotTheRise(double rateHz) {
        Random random = new Random(5);
        double[] noise = random.doubles(2000).map(d -> 0.1 * (d - 0.5)).toArray();
        Stroke clean = run(t -> press(t, 1, 0, 30), 6, rateHz, Zone.MID_BACK).get(0);
        // the highest frame lands anywhere on the 1 s hold, as on a recording
        Stroke noisy = run(t -> press(t, 1, 0, 30) + (press(t, 1, 0, 30) > 1 ? noise[(int) Math.round(t * 80)] : 0),
                6, rateHz, Zone.MID_BACK).get(0);
        double periodMs = 1000 / rateHz;
        assertEquals(clean.timeToPeakMs(), noisy.timeToPeakMs(), 5 + periodMs / 10, "time to peak");
        assertEquals(clean.loadingRateKgPerS(), noisy.loadingRateKgPerS(), 0.02 * clean.loadingRateKgPerS(),
                "loading rate");
        assertTrue(noisy.timeToPeakMs() < 1500, "within the 1.5 s ramp: " + noisy.timeToPeakMs());
    }

    @Test
    void aPeakReachedInTwoStepsRisesOverBoth() {
        // up to 10 kg over 1 s from 1 s, held 3 s, then on up to 20 kg over 1 s: no trough, one stroke
        DoubleUnaryOperator load = t -> 10 * ease(t - 1) + 10 * ease(t - 5) - 20 * ease(t - 8);
        List<Stroke> strokes = run(load, 10, 80, Zone.THIGH);

        assertEquals(1, strokes.size(), strokes.toString());
        Stroke s = strokes.get(0);
        assertEquals(20, s.peakKg(), 1e-9);
        double rise10 = 1000 + rampMs(1000, 0, 10, s.startKg() + 0.1 * (20 - s.startKg()));
        double rise90 = 5000 + rampMs(1000, 10, 20, s.startKg() + 0.9 * (20 - s.startKg()));
        assertEquals(rise10, s.rise10Ms(), 2, "10 % on the first step");
        assertEquals(rise90, s.rise90Ms(), 2, "90 % on the second step");
        assertEquals(0.8 * (20 - s.startKg()) / ((rise90 - rise10) / 1000), s.loadingRateKgPerS(), 0.01);
    }

    @Test
    void aRiseFarBeyondTheFirstGridIsReadBackAsPrecisely() {
        // 150 kg over 2 s: the rise record coarsens five times
        Stroke s = run(t -> 150 * ease((t - 1) / 2) * (1 - ease((t - 5) / 2)), 8, 80, Zone.THIGH).get(0);
        double rise10 = 1000 + rampMs(2000, 0, 150, s.startKg() + 0.1 * (150 - s.startKg()));
        double rise90 = 1000 + rampMs(2000, 0, 150, s.startKg() + 0.9 * (150 - s.startKg()));
        assertEquals(rise10, s.rise10Ms(), 2);
        assertEquals(rise90, s.rise90Ms(), 2);
    }

    @Test
    void aRiseWithinOneFrameIsInterpolatedWithinIt() {
        StrokeSegmenter segmenter = new StrokeSegmenter();
        segmenter.accept(0, 0, P_KG, null);
        segmenter.accept(100, 20, P_KG, Zone.THIGH);
        segmenter.accept(200, 20, P_KG, Zone.THIGH);
        Stroke done = segmenter.accept(300, 0, P_KG, null);
        assertEquals(10, done.rise10Ms(), 1e-6);
        assertEquals(90, done.rise90Ms(), 1e-6);
        assertEquals(90, done.timeToPeakMs(), 1e-6);
        assertEquals(16 / 0.08, done.loadingRateKgPerS(), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 80})
    void aStrokeCutByTheEndOfTheRecordingRisesToItsLastHighestFrame(double rateHz) {
        // the recording ends 0.9 s into a 1.5 s ramp to 30 kg: the peak so far is the last frame
        List<Stroke> cut = run(t -> press(t, 1, 0, 30), 1.9, rateHz, Zone.MID_BACK);
        assertEquals(1, cut.size(), cut.toString());
        Stroke s = cut.get(0);
        assertEquals(s.endMs(), s.peakMs(), 1e-9);
        double peak = s.peakKg();
        assertEquals(1000 + rampMs(1500, 0, 30, s.startKg() + 0.9 * (peak - s.startKg())), s.rise90Ms(),
                1 + 10 / rateHz);
        // ended during the hold instead, the stroke has the whole stroke's rise
        Stroke held = run(t -> press(t, 1, 0, 30), 3, rateHz, Zone.MID_BACK).get(0);
        Stroke whole = run(t -> press(t, 1, 0, 30), 6, rateHz, Zone.MID_BACK).get(0);
        assertEquals(whole.rise10Ms(), held.rise10Ms(), 1e-9);
        assertEquals(whole.rise90Ms(), held.rise90Ms(), 1e-9);
    }

    @Test
    void aFrameThatEndsNoStrokeAllocatesNothing() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported(),
                "this JVM does not count a thread's allocated bytes");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
        long thread = Thread.currentThread().getId();
        StrokeSegmenter segmenter = new StrokeSegmenter();
        // 100,000 frames at 80 Hz of presses from 20 to 35 kg and back, never below 1 kg: a stroke returned only
        // at each trough, so the rise records fill and coarsen again and again
        int strokes = 0;
        for (int i = 0; i < 1000; i++) {
            segmenter.accept(i * 12.5, 20 * ease(i / 400.0), P_KG, Zone.THIGH);
        }
        long before = counter.getThreadAllocatedBytes(thread);
        for (int i = 1000; i < 101_000; i++) {
            double tS = i / 80.0;
            Stroke done = segmenter.accept(i * 12.5, 20 + 15 * (0.5 - 0.5 * Math.cos(2 * Math.PI * tS / 4)), P_KG, Zone.THIGH);
            if (done != null) {
                strokes++;
            }
        }
        long allocated = counter.getThreadAllocatedBytes(thread) - before;
        assertTrue(strokes > 300, "a stroke at each trough: " + strokes);
        // each returned stroke allocates its record and zone list (a few hundred bytes); 100,000 frames must add
        // nothing beyond that
        assertTrue(allocated < strokes * 400L + 16_384, allocated + " bytes for " + strokes + " strokes");
    }

    @Test
    void askingForTheStrokeUnderWayChangesNothing() {
        DoubleUnaryOperator load = t -> 20 * ease(t - 0.5) * (1 - ease(t - 13.5)) + press(t, 3, 20, 30) + press(t, 8, 20, 30);
        List<Stroke> plain = run(load, 16, 80, Zone.GLUTES);
        StrokeSegmenter segmenter = new StrokeSegmenter();
        List<Stroke> asked = new ArrayList<>();
        for (int i = 0; i <= 16 * 80; i++) {
            double kg = load.applyAsDouble(i / 80.0);
            Stroke done = segmenter.accept(i / 80.0 * 1000, kg, P_KG, Zone.GLUTES);
            if (done != null) {
                asked.add(done);
            }
            segmenter.underWay();
        }
        assertEquals(plain, asked);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 80})
    void twoPressesOnAHeldLoadSplitAtTheTroughBetweenThem(double rateHz) {
        // mount to 20 kg, two presses to 30 kg at 3 s and 8 s, back to rest from 13.5 s
        DoubleUnaryOperator load = t -> 20 * ease(t - 0.5) * (1 - ease(t - 13.5))
                + press(t, 3, 20, 30) + press(t, 8, 20, 30);
        List<Stroke> strokes = run(load, 16, rateHz, Zone.GLUTES);

        assertEquals(2, strokes.size(), strokes.toString());
        Stroke first = strokes.get(0);
        Stroke second = strokes.get(1);
        assertEquals(first.endMs(), second.startMs(), "strokes meet at the trough");
        // the last frame within TROUGH_KG of the held 20 kg: where the second press sets off
        assertTrue(first.endMs() >= 8000 && first.endMs() <= 8300, "the trough lies where the second press sets off: "
                + first.endMs());
        assertEquals(20, second.startKg(), 0.6);
        assertEquals(30, first.peakKg(), 1e-9);
        assertEquals(30, second.peakKg(), 1e-9);
        // the second stroke rises from its trough: 10 % and 90 % of the way from there to 30 kg on its ramp
        double tolMs = 1 + 100 / rateHz;
        assertEquals(8000 + rampMs(1500, 20, 30, second.startKg() + 0.1 * (30 - second.startKg())), second.rise10Ms(), tolMs);
        assertEquals(8000 + rampMs(1500, 20, 30, second.startKg() + 0.9 * (30 - second.startKg())), second.rise90Ms(), tolMs);
        // the first builds up in two steps, the mount to 20 kg and the press to 30 kg: its rise spans both
        assertTrue(first.rise10Ms() < 1500, "10 % on the mount: " + first.rise10Ms());
        assertEquals(3000 + rampMs(1500, 20, 30, first.startKg() + 0.9 * (30 - first.startKg())), first.rise90Ms(), tolMs);
        double total = run(load, 16, 1000, Zone.GLUTES).stream().mapToDouble(Stroke::impulseKgS).sum();
        assertEquals(total, first.impulseKgS() + second.impulseKgS(), 20 * 2 / rateHz, "no impulse lost at the split");
    }

    @Test
    void aGlidesPushesDoNotSplitItAndCountAsExtraPeaks() {
        // a glide at 20 kg swelling 8 % every 1.4 s for 14 s: ten pushes
        DoubleUnaryOperator load = t -> 20 * ease(t) * (1 - ease(t - 15)) * (1 + 0.08 * Math.sin(2 * Math.PI * t / 1.4));
        List<Stroke> strokes = run(load, 17, 80, Zone.THIGH);

        assertEquals(1, strokes.size(), strokes.toString());
        assertTrue(strokes.get(0).extraPeaks() >= 9 && strokes.get(0).extraPeaks() <= 10,
                "pushes beyond the first: " + strokes.get(0).extraPeaks());
    }

    @Test
    void noiseNearRestAndOnAHoldSplitsNothing() {
        Random random = new Random(11);
        // 0.3 kg noise (ten times the sensors') at rest around 0.6 kg, then a 25 kg hold with the same noise
        double[] noise = random.doubles(4001).map(d -> 0.6 * (d - 0.5)).toArray();
        DoubleUnaryOperator load = t -> 0.6 + noise[(int) Math.round(t * 80)] + 25 * ease((t - 20) / 2) * (1 - ease((t - 45) / 2));
        List<Stroke> strokes = run(load, 50, 80, Zone.THIGH);

        assertEquals(1, strokes.size(), strokes.toString());
        assertTrue(strokes.get(0).startMs() >= 19_000, "the noise at rest is no stroke: " + strokes.get(0));
    }

    @Test
    void aBrushBelowTheSmallestPeakIsNoStroke() {
        List<Stroke> strokes = run(t -> press(t, 1, 0, 2.8), 6, 80, Zone.CALF);
        assertTrue(strokes.isEmpty(), strokes.toString());
    }

    @Test
    void aGlideAcrossZonesListsThemInOrderReached() {
        StrokeSegmenter segmenter = new StrokeSegmenter();
        Zone[] path = {null, Zone.CALF, Zone.CALF, Zone.THIGH, Zone.CALF, Zone.GLUTES, null};
        double[] kg = {0.2, 10, 12, 12, 11, 12, 0.1};
        Stroke done = null;
        for (int i = 0; i < kg.length; i++) {
            done = segmenter.accept(i * 100, kg[i], P_KG, path[i]);
        }
        assertEquals(List.of(Zone.CALF, Zone.THIGH, Zone.GLUTES), done.zones());
        assertEquals(600, done.endMs());
    }

    @Test
    void aSignalGapAddsAtMostAQuarterSecondOfImpulse() {
        StrokeSegmenter segmenter = new StrokeSegmenter();
        segmenter.accept(0, 0, P_KG, null);
        segmenter.accept(100, 20, P_KG, Zone.THIGH);
        segmenter.accept(5100, 20, P_KG, Zone.THIGH);
        Stroke done = segmenter.accept(5200, 0, P_KG, null);
        // 20 kg for 0.1 s, then the gap counted as 0.25 s, then 0 kg for 0.1 s
        assertEquals(20 * 0.1 + 20 * 0.25, done.impulseKgS(), 1e-9);
    }

    @Test
    void aFrameFromBeforeTheLastIsIgnoredAndAnUnknownPractitionerGivesNoFraction() {
        StrokeSegmenter segmenter = new StrokeSegmenter();
        segmenter.accept(0, 0, Double.NaN, null);
        segmenter.accept(100, 10, Double.NaN, Zone.THIGH);
        assertNull(segmenter.accept(50, 0, Double.NaN, null), "an earlier frame does not end the stroke");
        Stroke done = segmenter.accept(200, 0, Double.NaN, null);
        assertEquals(10, done.peakKg());
        assertTrue(Double.isNaN(done.peakFraction()));
    }
}
