package dev.ashiatsu.bench.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void givesNearestRankPercentilesMeanAndCountBelow() {
        Distribution d = new Distribution();
        for (int i = 2000; i >= 1; i--) {
            d.add(i);
        }
        assertEquals(1000, d.percentile(0.5));
        assertEquals(1980, d.percentile(0.99));
        assertEquals(1, d.percentile(0));
        assertEquals(2000, d.percentile(1));
        assertEquals(1000.5, d.mean());
        assertEquals(19, d.countBelow(20));
    }

    @Test
    void isNaNWhenEmptyAndRefusesAFractionOutOfRange() {
        assertTrue(Double.isNaN(new Distribution().percentile(0.5)));
        assertThrows(IllegalArgumentException.class, () -> new Distribution().percentile(1.5));
    }
}
