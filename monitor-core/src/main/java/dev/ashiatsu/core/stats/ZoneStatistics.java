package dev.ashiatsu.core.stats;

/**
 * Time spent with the centre of the applied load in one zone.
 *
 * @param seconds time in the zone (A &gt;= 5 kg), s
 * @param peakKg  the highest applied load there, kg
 * @param meanKg  the time-weighted mean applied load there, kg
 */
public record ZoneStatistics(double seconds, double peakKg, double meanKg) {
}
