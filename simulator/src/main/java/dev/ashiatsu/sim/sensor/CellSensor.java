package dev.ashiatsu.sim.sensor;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.sim.scenario.SensorSpec;
import java.util.random.RandomGenerator;

/**
 * One load cell and its HX711 as they really read: the true load plus creep under sustained load, a
 * slowly wandering zero (a steady drift and a slow temperature swing) and white noise, turned into
 * 24-bit counts by the cell's calibration. Stateful (creep); one instance per channel, fed in time order.
 */
public final class CellSensor {

    /** The ends of the HX711's signed 24-bit output. */
    public static final long ADC_MAX = 8_388_607;
    public static final long ADC_MIN = -8_388_608;

    private final CellConfig cell;
    private final RandomGenerator random;
    private final double noiseKg;
    private final double creepFraction;
    private final double creepTauS;
    private final double driftKgPerS;
    private final double swingKg;
    private final double swingPeriodS;
    private final double swingPhase;
    private double creepKg;
    private double lastS = Double.NaN;

    /**
     * @param random this channel's own random stream (drawn in a fixed order, so a seed gives the same counts)
     */
    public CellSensor(CellConfig cell, SensorSpec spec, double sampleRateHz, RandomGenerator random) {
        this.cell = cell;
        this.random = random;
        this.noiseKg = spec.noiseKgAt(sampleRateHz);
        this.creepFraction = spec.creepFraction();
        this.creepTauS = spec.creepTauS();
        this.driftKgPerS = spec.driftKgPerMin() * random.nextGaussian() / 60;
        this.swingKg = spec.driftKgPerMin() * (0.5 + random.nextDouble());
        this.swingPeriodS = 200 + 200 * random.nextDouble();
        this.swingPhase = 2 * Math.PI * random.nextDouble();
    }

    public CellConfig cell() {
        return cell;
    }

    /** What the cell reads (kg) at time t for a true load, before the ADC: creep, zero drift and noise added. */
    public double readKg(double tS, double trueKg) {
        double dt = Double.isNaN(lastS) ? 0 : Math.max(0, tS - lastS);
        lastS = tS;
        creepKg += (trueKg - creepKg) * (1 - Math.exp(-dt / creepTauS));
        double zero = driftKgPerS * tS + swingKg * Math.sin(2 * Math.PI * tS / swingPeriodS + swingPhase);
        return trueKg + creepFraction * creepKg + zero + noiseKg * random.nextGaussian();
    }

    /** The ADC counts for a load in kg, clamped to the 24-bit range as a real chip saturates. */
    public long toCounts(double kg) {
        return clampToAdc(Math.round(cell.toRaw(kg)));
    }

    /** The end of the range a saturated chip sits at: the one a large load on this cell drives toward. */
    public long saturatedCounts() {
        return cell.countsPerKg() > 0 ? ADC_MAX : ADC_MIN;
    }

    public static long clampToAdc(long counts) {
        return Math.max(ADC_MIN, Math.min(ADC_MAX, counts));
    }
}
