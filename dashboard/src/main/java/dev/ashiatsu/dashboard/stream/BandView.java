package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;

/**
 * The target band of the zone under the load, as an {@code update} sends it: in % of the practitioner's
 * weight as set, and in kg for P now (the page draws the kg and computes nothing).
 *
 * @param lowKg  the band's bottom in kg, null while P is unknown
 * @param highKg the band's top in kg, null while P is unknown
 */
public record BandView(Zone zone, double lowPercent, double highPercent, Double lowKg, Double highKg) {

    /** The view of a zone's band, or null for none. */
    public static BandView of(Zone zone, TargetBand band, double practitionerKg) {
        if (zone == null || band == null) {
            return null;
        }
        boolean known = practitionerKg > 0;
        return new BandView(zone, band.lowPercent(), band.highPercent(),
                known ? Numbers.grams(band.lowKg(practitionerKg)) : null,
                known ? Numbers.grams(band.highKg(practitionerKg)) : null);
    }
}
