package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.core.estimate.Zone;
import java.util.Locale;

/**
 * A place on the client's body: the middle of a zone, or a height fraction {@code h} above the soles
 * (0 soles, 1 crown). Written in a scenario as a zone name ({@code LOWER_BACK}) or a number ({@code 0.6}).
 */
public record Place(Zone zone, double h) {

    public static Place ofZone(Zone zone) {
        if (zone == Zone.OFF_BODY) {
            throw new IllegalArgumentException("OFF_BODY is not a place on the body");
        }
        return new Place(zone, (zone.fromH() + zone.toH()) / 2);
    }

    public static Place ofHeightFraction(double h) {
        if (!(h >= 0 && h <= 1)) {
            throw new IllegalArgumentException("a height fraction must be between 0 and 1, was " + h);
        }
        return new Place(null, h);
    }

    /** Parses a zone name or a height fraction. */
    public static Place parse(String text) {
        String trimmed = text.trim();
        try {
            return ofHeightFraction(Double.parseDouble(trimmed));
        } catch (NumberFormatException notANumber) {
            try {
                return ofZone(Zone.valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notAZone) {
                throw new IllegalArgumentException("must be a zone name (FOOT, CALF, KNEE, THIGH, GLUTES, LOWER_BACK, "
                        + "MID_BACK, UPPER_BACK, HEAD_NECK) or a height fraction between 0 and 1, was '" + text + "'");
            }
        }
    }

    @Override
    public String toString() {
        return zone != null ? zone.name() : Double.toString(h);
    }
}
