package dev.ashiatsu.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The windowed and streaming helpers against brute force on random data. */
class StreamingStatisticsTest {

    @Test
    void streamingMedianMatchesSortingToItsResolution() {
        Random random = new Random(7);
        StreamingMedian median = new StreamingMedian(-100, 400, 0.01);
        double[] values = new double[5001];
        for (int i = 0; i < values.length; i++) {
            values[i] = 60 + random.nextGaussian() * 15;
            median.add(values[i]);
            if (i % 500 == 0) {
                double[] sorted = Arrays.copyOf(values, i + 1);
                Arrays.sort(sorted);
                assertEquals(sorted[i / 2], median.median(), 0.006);
            }
        }
    }

    @Test
    void slidingExtremesMatchBruteForce() {
        Random random = new Random(3);
        SlidingExtremes window = new SlidingExtremes(100);
        double[] t = new double[2000];
        double[] v = new double[2000];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 7.5 + random.nextDouble();
            v[i] = random.nextDouble() * 50;
            window.add(t[i], v[i]);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int j = 0; j <= i; j++) {
                if (t[j] >= t[i] - 100) {
                    min = Math.min(min, v[j]);
                    max = Math.max(max, v[j]);
                }
            }
            assertEquals(min, window.min());
            assertEquals(max, window.max());
        }
    }

    @Test
    void slidingMeanForgetsSamplesOlderThanItsSpan() {
        SlidingMean mean = new SlidingMean(1000);
        for (int i = 0; i < 200; i++) {
            mean.add(i * 10, i < 100 ? 0 : 10);
        }
        assertEquals(10, mean.mean(), 1e-12);
        assertEquals(100, mean.size());
    }

    @Test
    void steadinessNeedsTwoSecondsWithinHalfAKilo() {
        SteadinessWindow window = new SteadinessWindow(0.5);
        for (int i = 0; i < 100; i++) {
            window.add(i * 10, 80 + (i % 2) * 0.4);
        }
        assertFalse(window.steady(), "only 1 s of samples so far");
        for (int i = 100; i <= 200; i++) {
            window.add(i * 10, 80 + (i % 2) * 0.4);
        }
        assertTrue(window.steady());
        window.add(2010, 81);
        assertFalse(window.steady());
    }

    @Test
    void zonesFollowTheHeightFractions() {
        assertEquals(Zone.HEAD_NECK, Zone.atHeightFraction(1.0));
        assertEquals(Zone.UPPER_BACK, Zone.atHeightFraction(0.72));
        assertEquals(Zone.KNEE, Zone.atHeightFraction(0.3));
        assertEquals(Zone.FOOT, Zone.atHeightFraction(0));
        assertEquals(Zone.OFF_BODY, Zone.atHeightFraction(-0.01));
        assertEquals(Zone.OFF_BODY, Zone.atHeightFraction(1.2));
        assertEquals(Zone.LOWER_BACK, Zone.atTablePosition(5 + 0.4 * 175, 5, 175));
    }
}
