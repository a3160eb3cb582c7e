package dev.ashiatsu.core.band;

/**
 * One zone's target band, in % of the practitioner's body weight P: the load is in band while
 * {@code low/100 * P <= A <= high/100 * P}.
 *
 * @param lowPercent  the band's bottom, % of P, in [0, 100)
 * @param highPercent the band's top, % of P, in (lowPercent, 100]
 */
public record TargetBand(double lowPercent, double highPercent) {

    public static final double MAX_PERCENT = 100;

    public TargetBand {
        if (!(lowPercent >= 0 && lowPercent <= MAX_PERCENT)) {
            throw new IllegalArgumentException("lowPercent must be in [0, 100] %, was " + lowPercent);
        }
        if (!(highPercent >= 0 && highPercent <= MAX_PERCENT)) {
            throw new IllegalArgumentException("highPercent must be in [0, 100] %, was " + highPercent);
        }
        if (!(lowPercent < highPercent)) {
            throw new IllegalArgumentException("lowPercent must be below highPercent, was " + lowPercent + " to "
                    + highPercent);
        }
    }

    /** The bottom in kg for a practitioner of {@code practitionerKg}. */
    public double lowKg(double practitionerKg) {
        return lowPercent / 100 * practitionerKg;
    }

    /** The top in kg for a practitioner of {@code practitionerKg}. */
    public double highKg(double practitionerKg) {
        return highPercent / 100 * practitionerKg;
    }
}
