package dev.ashiatsu.dashboard.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.CellRole;
import org.junit.jupiter.api.Test;

class CalibrationMathTest {

    static final CellConfig CELL = new CellConfig("T1", CellRole.TABLE, 5, 5, 1000, 200);
    static final CellConfig TENSION = new CellConfig("B1", CellRole.BAR, 0, 0, 500, -180);

    @Test
    void computesOffsetAndCountsPerKgFromTwoSteadyReadings() {
        CellConfig result = CalibrationMath.calibrate(CELL, new Reading(1040, 3, 80), new Reading(3140, 4, 80), 10);
        assertEquals(1040, result.offset(), 1e-9);
        assertEquals(210, result.countsPerKg(), 1e-9);
        assertEquals("T1", result.id());
        assertEquals(CELL.xCm(), result.xCm(), 0);
    }

    @Test
    void keepsANegativeSlopeForACellInTension() {
        CellConfig result = CalibrationMath.calibrate(TENSION, new Reading(520, 2, 80), new Reading(520 - 1850, 2, 80), 10);
        assertEquals(-185, result.countsPerKg(), 1e-9);
    }

    @Test
    void refusesAWeightOfZeroOrLess() {
        for (double weight : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
            CalibrationRejected e = assertThrows(CalibrationRejected.class,
                    () -> CalibrationMath.calibrate(CELL, new Reading(1000, 1, 80), new Reading(3000, 1, 80), weight));
            assertTrue(e.getMessage().contains("positive"), e.getMessage());
        }
    }

    @Test
    void refusesAnUnsteadyReading() {
        double spreadOfHalfAKg = 0.5 * CELL.countsPerKg();
        CalibrationRejected e = assertThrows(CalibrationRejected.class,
                () -> CalibrationMath.calibrate(CELL, new Reading(1000, 2, 80), new Reading(3000, spreadOfHalfAKg, 80), 10));
        assertTrue(e.getMessage().contains("not steady"), e.getMessage());
    }

    @Test
    void refusesASignFlipAgainstTheExistingCalibration() {
        CalibrationRejected e = assertThrows(CalibrationRejected.class,
                () -> CalibrationMath.calibrate(CELL, new Reading(3000, 2, 80), new Reading(1000, 2, 80), 10));
        assertTrue(e.getMessage().contains("other way"), e.getMessage());
    }

    @Test
    void refusesAChangeTooSmallToMeasure() {
        CalibrationRejected belowHalfAKg = assertThrows(CalibrationRejected.class,
                () -> CalibrationMath.calibrate(CELL, new Reading(1000, 0.5, 80), new Reading(1080, 0.5, 80), 10));
        assertTrue(belowHalfAKg.getMessage().contains("only"), belowHalfAKg.getMessage());
        CalibrationRejected withinNoise = assertThrows(CalibrationRejected.class,
                () -> CalibrationMath.calibrate(CELL, new Reading(1000, 30, 80), new Reading(1400, 30, 80), 10));
        assertTrue(withinNoise.getMessage().contains("only"), withinNoise.getMessage());
    }

    @Test
    void readsMeanAndSpreadLeavingOutMissingSamples() {
        Reading reading = Reading.of(new double[] {10, Double.NaN, 14, 12});
        assertEquals(12, reading.meanCounts(), 1e-9);
        assertEquals(Math.sqrt(8.0 / 3), reading.sdCounts(), 1e-9);
        assertEquals(3, reading.samples());
        assertThrows(CalibrationRejected.class, () -> Reading.of(new double[] {Double.NaN, 5}));
    }

    @Test
    void wizardNeedsTheZeroFirstAndAppliesAnAcceptedProposalToTheTable() {
        CalibrationWizard wizard = new CalibrationWizard();
        assertThrows(CalibrationRejected.class, () -> wizard.recordLoaded(CELL, new Reading(3000, 1, 80), 10));
        wizard.recordZero(CELL, new Reading(1000, 1, 80));
        CellConfig proposal = wizard.recordLoaded(CELL, new Reading(3500, 1, 80), 10);
        assertEquals(250, proposal.countsPerKg(), 1e-9);
        var table = new dev.ashiatsu.core.config.TableConfig("t", 200, 70, 80, java.util.List.of(CELL, TENSION));
        var updated = wizard.accept(table, "T1");
        assertEquals(250, updated.cells().get(0).countsPerKg(), 1e-9);
        assertEquals(TENSION, updated.cells().get(1));
        assertThrows(CalibrationRejected.class, () -> wizard.accept(table, "T1"));
    }
}
