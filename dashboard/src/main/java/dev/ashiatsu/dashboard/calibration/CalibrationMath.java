package dev.ashiatsu.dashboard.calibration;

import dev.ashiatsu.core.config.CellConfig;

/**
 * The two-point calibration of one cell, pure arithmetic: with the cell unloaded (reading {@code zero})
 * and with a known weight on it (reading {@code loaded}),
 * {@code offset = zero.mean} and {@code countsPerKg = (loaded.mean - zero.mean) / weightKg}.
 *
 * <p>It refuses, with a reason, a weight that is not positive, a reading that is not steady (spread above
 * {@link #MAX_SPREAD_KG} kg by the cell's existing calibration), a change too small to measure (below
 * {@link #MIN_SIGNAL_TO_NOISE} times the noise, or below {@link #MIN_CHANGE_KG} kg by the existing
 * calibration) and a change of sign against the existing calibration (a cell mounted the other way
 * round, or the weight on the wrong cell).
 */
public final class CalibrationMath {

    /** The largest spread (standard deviation) a steady reading may have, in kg by the existing calibration. */
    public static final double MAX_SPREAD_KG = 0.2;
    /** The smallest change the known weight must make, in kg by the existing calibration. */
    public static final double MIN_CHANGE_KG = 0.5;
    /** The change must exceed this many times the combined noise of the two readings. */
    public static final double MIN_SIGNAL_TO_NOISE = 20;

    private CalibrationMath() {
    }

    /** Checks that a reading is steady enough to calibrate from; returns it. */
    public static Reading requireSteady(CellConfig existing, Reading reading, String what) {
        double spreadKg = reading.sdCounts() / Math.abs(existing.countsPerKg());
        if (spreadKg > MAX_SPREAD_KG) {
            throw new CalibrationRejected(String.format(
                    "the %s reading of cell %s is not steady (spread %.2f kg, at most %.2f): keep the table still and try again",
                    what, existing.id(), spreadKg, MAX_SPREAD_KG));
        }
        return reading;
    }

    /** The cell with its new calibration, or a {@link CalibrationRejected} saying why not. */
    public static CellConfig calibrate(CellConfig existing, Reading zero, Reading loaded, double weightKg) {
        if (!(weightKg > 0) || !Double.isFinite(weightKg)) {
            throw new CalibrationRejected("the known weight must be a positive number of kg, was " + weightKg);
        }
        requireSteady(existing, zero, "unloaded");
        requireSteady(existing, loaded, "loaded");
        double change = loaded.meanCounts() - zero.meanCounts();
        double noise = Math.hypot(zero.sdCounts(), loaded.sdCounts());
        double changeKg = Math.abs(change / existing.countsPerKg());
        if (Math.abs(change) < MIN_SIGNAL_TO_NOISE * noise || changeKg < MIN_CHANGE_KG) {
            throw new CalibrationRejected(String.format(
                    "the weight changed cell %s's reading by only %.0f counts (noise %.1f, about %.2f kg): "
                            + "put the weight on this cell, or use a heavier one", existing.id(), change, noise, changeKg));
        }
        double countsPerKg = change / weightKg;
        if (Math.signum(countsPerKg) != Math.signum(existing.countsPerKg())) {
            throw new CalibrationRejected(String.format(
                    "cell %s's reading went the other way (countsPerKg %.1f, was %.1f): the weight may be on another "
                            + "cell, or the cell is wired or mounted the other way round", existing.id(), countsPerKg,
                    existing.countsPerKg()));
        }
        return existing.withCalibration(zero.meanCounts(), countsPerKg);
    }
}
