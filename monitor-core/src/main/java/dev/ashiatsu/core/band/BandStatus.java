package dev.ashiatsu.core.band;

/** Where the applied load stands against the zone's target band now (no hold times). */
public enum BandStatus {
    /** A below the band's bottom. */
    UNDER,
    /** A within the band, both ends included. */
    IN,
    /** A above the band's top. */
    OVER;

    /**
     * @param appliedKg      A (kg)
     * @param practitionerKg P (kg); NaN or 0 while unknown
     * @param band           the band of the zone under the load, null for none
     * @return null where no band applies: no band, no zone (pass a null band then) or P unknown
     */
    public static BandStatus of(double appliedKg, double practitionerKg, TargetBand band) {
        if (band == null || !(practitionerKg > 0) || Double.isNaN(appliedKg)) {
            return null;
        }
        if (appliedKg < band.lowKg(practitionerKg)) {
            return UNDER;
        }
        return appliedKg > band.highKg(practitionerKg) ? OVER : IN;
    }
}
