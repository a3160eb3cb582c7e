package dev.ashiatsu.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import dev.ashiatsu.sim.scenario.SensorSpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellSensorTest {

    private static final CellConfig TENSION_CELL = new CellConfig("T2", CellRole.TABLE, 5, 65, -18760, -20873.2);

    /** The standard deviation (kg) of a cell's readings at a steady load, through counts and back. */
    private static double measuredNoiseKg(double rateHz) {
        CellSensor sensor = new CellSensor(TENSION_CELL, SensorSpec.TYPICAL, rateHz, new SplittableRandom(11));
        int n = 4000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double kg = TENSION_CELL.toKg(sensor.toCounts(sensor.readKg(i / rateHz, 20)));
            sum += kg;
            sumSquares += kg * kg;
        }
        double mean = sum / n;
        return Math.sqrt(sumSquares / n - mean * mean);
    }

    @Test
    void noiseIsTypicalOfTheHx711AtTenAndEightySamplesPerSecond() {
        double at10 = measuredNoiseKg(10);
        double at80 = measuredNoiseKg(80);
        assertEquals(0.015, at10, 0.004, "10 Hz");
        assertEquals(0.035, at80, 0.006, "80 Hz");
        assertTrue(at80 > at10 * 1.6, "the fast rate is noisier");
    }

    @Test
    void countsFollowTheCalibrationEvenWithANegativeCountsPerKg() {
        CellSensor sensor = new CellSensor(TENSION_CELL, new SensorSpec(0, 0, 0, 120, 0, 0), 80, new SplittableRandom(1));
        long counts = sensor.toCounts(sensor.readKg(0, 10));
        assertEquals(Math.round(-18760 - 208732.0), counts);
        assertEquals(10, TENSION_CELL.toKg(counts), 1e-4);
    }

    @Test
    void aHugeLoadSaturatesAtTheEndOfTheAdcRange() {
        CellSensor sensor = new CellSensor(TENSION_CELL, SensorSpec.TYPICAL, 80, new SplittableRandom(1));
        assertEquals(CellSensor.ADC_MIN, sensor.toCounts(1000));
        assertEquals(CellSensor.ADC_MIN, sensor.saturatedCounts(), "a tension cell saturates at the low end");
    }

    @Test
    void aSustainedLoadCreepsUpSlowlyAndTheZeroDrifts() {
        SensorSpec noNoise = new SensorSpec(0, 0, 0.0005, 120, 0, 0);
        CellSensor sensor = new CellSensor(TENSION_CELL, noNoise, 80, new SplittableRandom(1));
        double first = sensor.readKg(0, 40);
        double later = 0;
        for (int i = 1; i <= 80 * 600; i++) {
            later = sensor.readKg(i / 80.0, 40);
        }
        assertEquals(40, first, 1e-9, "no creep at once");
        assertEquals(40 * 1.0005, later, 0.001, "0.05 % after ten minutes");
        SensorSpec drifting = new SensorSpec(0, 0.005, 0, 120, 0, 0);
        CellSensor drifter = new CellSensor(TENSION_CELL, drifting, 80, new SplittableRandom(9));
        double start = drifter.readKg(0, 0);
        double end = drifter.readKg(600, 0);
        assertTrue(Math.abs(end - start) > 1e-4 && Math.abs(end - start) < 0.2, "the zero wanders a little: " + (end - start));
    }
}
