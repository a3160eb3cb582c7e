package dev.ashiatsu.core.stats;

/**
 * How much load one zone (or the whole session) received (all loads filtered, kg-force). Time counts while
 * the centre of the applied load lies in the zone, that is while A &gt;= 5 kg.
 *
 * @param loadedS      time loaded, s
 * @param impulseKgS   the integral of A over that time, kg*s
 * @param approachingS time with A at or above the approach threshold ({@link dev.ashiatsu.core.LoadStatus#approachKg},
 *                     90 % of the limit), s; includes the time over the limit
 * @param overLimitS   time with A &gt; L, s
 * @param peakKg       the highest A, kg
 */
public record ZoneDose(double loadedS, double impulseKgS, double approachingS, double overLimitS, double peakKg) {
}
