package dev.ashiatsu.sim.scenario;

/**
 * How the load cells and the ADC misbehave in a scenario (all optional in the YAML, under {@code sensors:}).
 *
 * @param noiseKg         white noise per sample, standard deviation in kg; NaN picks the HX711's typical
 *                        figure for the table's sample rate (about 0.015 kg at 10 Hz, 0.035 kg at 80 Hz)
 * @param driftKgPerMin   typical zero drift per cell (each cell draws its own rate around this size)
 * @param creepFraction   how much a sustained load reads high after a few minutes (0.0005 = 0.05 %)
 * @param creepTauS       the time constant of that creep (s)
 * @param jitterMs        timing jitter of each sample, standard deviation in ms
 * @param dropRate        the chance that one channel's sample is missing (a chip not ready in time)
 */
public record SensorSpec(double noiseKg, double driftKgPerMin, double creepFraction, double creepTauS,
                         double jitterMs, double dropRate) {

    public static final SensorSpec TYPICAL = new SensorSpec(Double.NaN, 0.005, 0.0005, 120, 0.4, 0.0002);

    public SensorSpec {
        if (!(Double.isNaN(noiseKg) || noiseKg >= 0) || !(driftKgPerMin >= 0) || !(creepFraction >= 0)
                || !(creepTauS > 0) || !(jitterMs >= 0) || !(dropRate >= 0 && dropRate < 0.5)) {
            throw new IllegalArgumentException("sensor figures must be zero or more (creepTauS above 0, dropRate below 0.5)");
        }
    }

    /** The noise in kg for a sample rate: the given figure, or the HX711's typical one. */
    public double noiseKgAt(double sampleRateHz) {
        if (!Double.isNaN(noiseKg)) {
            return noiseKg;
        }
        double r = Math.max(10, Math.min(80, sampleRateHz));
        return 0.015 + (r - 10) / 70 * 0.020;
    }
}
