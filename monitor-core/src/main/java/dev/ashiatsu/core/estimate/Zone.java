package dev.ashiatsu.core.estimate;

/**
 * Body zones along the client, by height fraction {@code h} above the soles (design.md section 3),
 * with their default limit factors. A factor of 0 makes the zone no-go.
 */
public enum Zone {
    FOOT(0.000, 0.060, 0.5),
    CALF(0.060, 0.250, 0.8),
    KNEE(0.250, 0.320, 0.0),
    THIGH(0.320, 0.470, 1.0),
    GLUTES(0.470, 0.560, 1.0),
    LOWER_BACK(0.560, 0.630, 0.6),
    MID_BACK(0.630, 0.720, 1.0),
    UPPER_BACK(0.720, 0.818, 1.0),
    HEAD_NECK(0.818, 1.000, 0.0),
    /** Outside the body ({@code h} outside [0, 1]); the whole-body limit applies. */
    OFF_BODY(Double.NaN, Double.NaN, 1.0);

    private static final Zone[] BODY = {FOOT, CALF, KNEE, THIGH, GLUTES, LOWER_BACK, MID_BACK, UPPER_BACK, HEAD_NECK};

    private final double fromH;
    private final double toH;
    private final double defaultFactor;

    Zone(double fromH, double toH, double defaultFactor) {
        this.fromH = fromH;
        this.toH = toH;
        this.defaultFactor = defaultFactor;
    }

    public double fromH() {
        return fromH;
    }

    public double toH() {
        return toH;
    }

    public double defaultFactor() {
        return defaultFactor;
    }

    /** The zone at height fraction h: each zone holds [from, to), the head also h = 1. */
    public static Zone atHeightFraction(double h) {
        if (!(h >= 0 && h <= 1)) {
            return OFF_BODY;
        }
        for (Zone zone : BODY) {
            if (h < zone.toH) {
                return zone;
            }
        }
        return HEAD_NECK;
    }

    /** The zone under a point x (cm along the table) for a client of height H whose crown lies at crownXcm. */
    public static Zone atTablePosition(double xCm, double crownXcm, double heightCm) {
        return atHeightFraction(1 - (xCm - crownXcm) / heightCm);
    }
}
