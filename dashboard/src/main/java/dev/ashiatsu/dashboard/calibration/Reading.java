package dev.ashiatsu.dashboard.calibration;

/**
 * A cell's raw reading held still: the mean and spread of a run of samples (ADC counts).
 *
 * @param meanCounts the mean of the samples
 * @param sdCounts   their standard deviation (population)
 * @param samples    how many samples
 */
public record Reading(double meanCounts, double sdCounts, int samples) {

    public Reading {
        if (samples < 2) {
            throw new IllegalArgumentException("a reading needs at least 2 samples, had " + samples);
        }
        if (!Double.isFinite(meanCounts) || !(sdCounts >= 0)) {
            throw new IllegalArgumentException("a reading needs a finite mean and a spread >= 0");
        }
    }

    /** The reading of a run of raw samples; NaN samples (missing) are left out. */
    public static Reading of(double[] raw) {
        int n = 0;
        double sum = 0;
        for (double value : raw) {
            if (!Double.isNaN(value)) {
                n++;
                sum += value;
            }
        }
        if (n < 2) {
            throw new CalibrationRejected("the cell gave " + n + " valid samples; check its wiring and try again");
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : raw) {
            if (!Double.isNaN(value)) {
                squares += (value - mean) * (value - mean);
            }
        }
        return new Reading(mean, Math.sqrt(squares / n), n);
    }
}
