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
        assertEquals((30 - s.startKg()) / (s.timeToPeakMs() / 1000), s.loadingRateKgPerS(), 1e-9);
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
