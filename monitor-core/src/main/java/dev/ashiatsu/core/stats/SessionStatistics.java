package dev.ashiatsu.core.stats;

import dev.ashiatsu.core.estimate.Zone;
import java.util.Map;

/**
 * A session summed up (all loads filtered, kg-force).
 *
 * @param frames           frames processed
 * @param durationS        time from the first frame to the last, s
 * @param peakAppliedKg    the highest applied load
 * @param peakFraction     the highest applied fraction of the practitioner's weight (NaN if P unknown)
 * @param secondsOverLimit time with A &gt; L, s
 * @param zones            per zone where the load has been, in body order
 */
public record SessionStatistics(long frames, double durationS, double peakAppliedKg, double peakFraction,
                                double secondsOverLimit, Map<Zone, ZoneStatistics> zones) {
}
