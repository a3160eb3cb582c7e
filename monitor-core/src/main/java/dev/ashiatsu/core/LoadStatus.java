package dev.ashiatsu.core;

import dev.ashiatsu.core.estimate.Zone;

/**
 * Where the applied load stands against the limit now, without the alarms' hold times (design.md
 * section 4): the one place that says what "approaching" and "over" mean, for the alarm rules and for
 * whatever shows a load. Declared from the least to the most severe.
 */
public enum LoadStatus {
    /** Below the approach threshold, or no limit can be computed yet. */
    NORMAL,
    /** A &gt;= {@value #APPROACH_FRACTION} L. */
    APPROACHING,
    /** A &gt; L. */
    OVER,
    /** The load lies in a zone of factor 0 (there is a zone only while A &gt;= 5 kg). */
    NO_GO;

    /** Where the approach band starts, as a fraction of the limit. */
    public static final double APPROACH_FRACTION = 0.9;

    /** The approach threshold (kg) for a limit (kg); +Infinity for an infinite limit. */
    public static double approachKg(double limitKg) {
        return APPROACH_FRACTION * limitKg;
    }

    /**
     * @param appliedKg  A (kg)
     * @param limitKg    L for the zone (kg; +Infinity when no limit can be computed)
     * @param zone       the zone under the load, null while A &lt; 5 kg
     * @param zoneFactor the zone's limit factor (1 without a zone)
     */
    public static LoadStatus of(double appliedKg, double limitKg, Zone zone, double zoneFactor) {
        if (zone != null && zoneFactor == 0) {
            return NO_GO;
        }
        if (appliedKg > limitKg) {
            return OVER;
        }
        return appliedKg >= approachKg(limitKg) ? APPROACHING : NORMAL;
    }
}
