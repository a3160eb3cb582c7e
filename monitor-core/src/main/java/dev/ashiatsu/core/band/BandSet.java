package dev.ashiatsu.core.band;

import dev.ashiatsu.core.estimate.Zone;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The target bands set at one moment of a session; they stay in force until the next set (an empty set
 * clears them).
 *
 * @param fromMs the moment on the session's frame clock (ms) they were set at (the last frame's time then): they
 *               apply to the frames after it; null: from the session's start (set before its first frame)
 * @param bands  per body zone, in body order; a zone without a band has none
 */
public record BandSet(Double fromMs, Map<Zone, TargetBand> bands) {

    public BandSet {
        Map<Zone, TargetBand> ordered = new EnumMap<>(Zone.class);
        if (bands != null) {
            bands.forEach((zone, band) -> ordered.put(Objects.requireNonNull(zone, "zone"),
                    Objects.requireNonNull(band, "band of " + zone)));
        }
        if (ordered.containsKey(Zone.OFF_BODY)) {
            throw new IllegalArgumentException("OFF_BODY is not a body zone: it can have no band");
        }
        bands = Collections.unmodifiableMap(ordered);
        if (fromMs != null && !Double.isFinite(fromMs)) {
            throw new IllegalArgumentException("fromMs must be finite or null, was " + fromMs);
        }
    }

    /** The band of a zone, or null (none, or no zone). */
    public TargetBand of(Zone zone) {
        return zone == null ? null : bands.get(zone);
    }

    /** How the session's event list says it, e.g. {@code UPPER_BACK 25-35 %, CALF 10-20 %}. */
    public String describe() {
        if (bands.isEmpty()) {
            return "no target bands";
        }
        StringBuilder text = new StringBuilder();
        bands.forEach((zone, band) -> text.append(text.length() == 0 ? "" : ", ").append(zone).append(' ')
                .append(percent(band.lowPercent())).append('-').append(percent(band.highPercent())).append(" %"));
        return text.toString();
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
